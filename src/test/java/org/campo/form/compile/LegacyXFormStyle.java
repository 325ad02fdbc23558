package org.campo.form.compile;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Rewrites a pyxform 4.5.0-style XForm in the style pyxform 1.0.0 wrote, for the corpus pairs
 * whose expected output dates from 1.0.0 (R11, R12). Comparing the two versions' outputs for the
 * same workbooks shows exactly two differences that change no behaviour in a form engine:
 * <ul>
 *   <li>4.5.0 marks the model {@code odk:xforms-version="1.0.0"}; 1.0.0 did not;</li>
 *   <li>4.5.0 writes a static choice list as a secondary instance read by an
 *       {@code <itemset nodeset="instance('list')/root/item">}; 1.0.0 wrote the same choices as
 *       inline {@code <item><label/><value/></item>} (same order, names and labels).</li>
 * </ul>
 * Everything else (attribute order, namespace declarations, whitespace around outputs) is
 * already ignored by {@link SemanticXml}.
 */
final class LegacyXFormStyle {

    private static final String ODK_NS = "http://www.opendatakit.org/xforms";

    private LegacyXFormStyle() {
    }

    static String of(String xform) {
        Document doc = SemanticXml.parse(xform).getOwnerDocument();
        NodeList models = doc.getElementsByTagNameNS(XFormWriter.XFORMS_NS, "model");
        for (int i = 0; i < models.getLength(); i++) {
            ((Element) models.item(i)).removeAttributeNS(ODK_NS, "xforms-version");
        }
        for (Element itemset : elements(doc, "itemset")) {
            Element instance = inlineInstance(doc, itemset.getAttribute("nodeset"));
            if (instance != null && plainRef(itemset, "value", "name") && plainRef(itemset, "label", "label")) {
                inlineItems(doc, itemset, instance);
            }
        }
        for (Element instance : elements(doc, "instance")) {
            String id = instance.getAttribute("id");
            if (!id.isEmpty() && !instance.hasAttribute("src") && !serialize(doc).contains("instance('" + id + "')")) {
                instance.getParentNode().removeChild(instance);
            }
        }
        return serialize(doc);
    }

    private static Element inlineInstance(Document doc, String nodeset) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("instance\\('([^']+)'\\)/root/item").matcher(nodeset);
        if (!m.matches()) {
            return null;
        }
        for (Element instance : elements(doc, "instance")) {
            if (instance.getAttribute("id").equals(m.group(1)) && !instance.hasAttribute("src")) {
                return instance;
            }
        }
        return null;
    }

    private static boolean plainRef(Element itemset, String child, String ref) {
        for (Element c : children(itemset)) {
            if (c.getLocalName().equals(child)) {
                return ref.equals(c.getAttribute("ref"));
            }
        }
        return false;
    }

    private static void inlineItems(Document doc, Element itemset, Element instance) {
        Element control = (Element) itemset.getParentNode();
        for (Element root : children(instance)) {
            for (Element item : children(root)) {
                Element out = doc.createElementNS(XFormWriter.XFORMS_NS, "item");
                Element label = doc.createElementNS(XFormWriter.XFORMS_NS, "label");
                Element value = doc.createElementNS(XFormWriter.XFORMS_NS, "value");
                for (Element field : children(item)) {
                    if (field.getLocalName().equals("label")) {
                        label.setTextContent(field.getTextContent());
                    } else if (field.getLocalName().equals("name")) {
                        value.setTextContent(field.getTextContent());
                    }
                }
                out.appendChild(label);
                out.appendChild(value);
                control.insertBefore(out, itemset);
            }
        }
        control.removeChild(itemset);
    }

    private static List<Element> elements(Document doc, String localName) {
        NodeList list = doc.getElementsByTagNameNS(XFormWriter.XFORMS_NS, localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                out.add(ce);
            }
        }
        return out;
    }

    private static String serialize(Document doc) {
        try {
            StringWriter w = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
