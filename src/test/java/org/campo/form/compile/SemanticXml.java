package org.campo.form.compile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Compares XForms the way pyxform's own tests do: sibling order does not matter, namespace
 * declarations and prefixes do not matter (only namespace URIs), and whitespace in text and
 * attribute values is collapsed.
 */
final class SemanticXml {

    private SemanticXml() {
    }

    static Element parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static String canonical(Element e) {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(qualified(e));
        TreeMap<String, String> attrs = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                continue;
            }
            attrs.put(qualified(a), collapse(a.getNodeValue()));
        }
        attrs.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
        sb.append('>');
        List<String> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                children.add(canonical(ce));
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            }
        }
        Collections.sort(children);
        sb.append(collapse(text.toString()));
        children.forEach(sb::append);
        return sb.append("</>").toString();
    }

    /** Empty when equal, else a short description of the first differing subtree. */
    static String difference(String expectedXml, String actualXml) {
        return difference(parse(expectedXml), parse(actualXml), "");
    }

    private static String difference(Element expected, Element actual, String path) {
        String here = path + "/" + expected.getLocalName();
        if (canonical(expected).equals(canonical(actual))) {
            return "";
        }
        List<Element> ec = elements(expected);
        List<Element> ac = elements(actual);
        if (!shallow(expected).equals(shallow(actual)) || ec.size() != ac.size()) {
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            List<String> acs = new ArrayList<>(ac.stream().map(SemanticXml::canonical).toList());
            for (Element c : ec) {
                if (!acs.remove(canonical(c))) {
                    missing.add(canonical(c));
                }
            }
            extra.addAll(acs);
            return here + ": expected " + shallow(expected) + " got " + shallow(actual) + "; missing " + trim(missing)
                    + "; unexpected " + trim(extra);
        }
        List<String> acs = new ArrayList<>(ac.stream().map(SemanticXml::canonical).toList());
        List<Element> unmatchedExpected = new ArrayList<>();
        for (Element c : ec) {
            if (!acs.remove(canonical(c))) {
                unmatchedExpected.add(c);
            }
        }
        for (Element c : unmatchedExpected) {
            for (Element a : ac) {
                if (acs.contains(canonical(a)) && qualified(a).equals(qualified(c))) {
                    return difference(c, a, here);
                }
            }
        }
        return here + ": children differ";
    }

    private static String trim(List<String> items) {
        String s = items.toString();
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    private static String shallow(Element e) {
        String c = canonical(e);
        int close = c.indexOf('>');
        StringBuilder text = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return c.substring(0, close + 1) + collapse(text.toString());
    }

    private static List<Element> elements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce) {
                out.add(ce);
            }
        }
        return out;
    }

    private static String qualified(Node n) {
        String ns = n.getNamespaceURI();
        String local = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        return ns == null ? local : "{" + ns + "}" + local;
    }

    private static String collapse(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
