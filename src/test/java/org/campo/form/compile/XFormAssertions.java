package org.campo.form.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Evaluates pyxform's test assertions against an XForm with the JDK's XPath: {@code xpath_match}
 * (exactly one node), {@code xpath_count}, {@code xpath_exact} (the set of string values) and
 * the namespace prefixes of the corpus README.
 */
final class XFormAssertions {
    private static final Map<String, String> NAMESPACES = Map.of(
            "x", "http://www.w3.org/2002/xforms",
            "h", "http://www.w3.org/1999/xhtml",
            "jr", "http://openrosa.org/javarosa",
            "odk", "http://www.opendatakit.org/xforms",
            "orx", "http://openrosa.org/xforms",
            "ev", "http://www.w3.org/2001/xml-events",
            "xsd", "http://www.w3.org/2001/XMLSchema",
            "entities", "http://www.opendatakit.org/xforms/entities");

    private final Element root;
    private final XPath xpath;

    static {
        // pyxform's longer assertions exceed the JDK's default XPath operator limits (100 per
        // expression), which guard against hostile expressions; these are the test authors' own
        System.setProperty("jdk.xml.xpathExprOpLimit", "0");
        System.setProperty("jdk.xml.xpathExprGrpLimit", "0");
        System.setProperty("jdk.xml.xpathTotalOpLimit", "0");
    }

    XFormAssertions(String xform) {
        this.root = SemanticXml.parse(xform);
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, "");
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
    }

    int count(String expression) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(expression.strip(), root.getOwnerDocument(), XPathConstants.NODESET);
        return nodes.getLength();
    }

    Set<String> values(String expression) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(expression.strip(), root.getOwnerDocument(), XPathConstants.NODESET);
        Set<String> out = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            out.add(n.getNodeType() == Node.ELEMENT_NODE ? outerXml(n) : n.getNodeValue());
        }
        return out;
    }

    /**
     * Element values compare as the serialized element, as pyxform's helper does with
     * ElementTree: no namespace declarations, attributes sorted by qualified name, empty
     * elements self-closed.
     */
    static String outerXml(Node n) {
        StringBuilder sb = new StringBuilder();
        write(n, sb);
        return sb.toString();
    }

    private static void write(Node n, StringBuilder sb) {
        if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            sb.append(n.getNodeValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            return;
        }
        if (n.getNodeType() != Node.ELEMENT_NODE) {
            return;
        }
        sb.append('<').append(n.getNodeName());
        List<Node> attrs = new ArrayList<>();
        for (int i = 0; i < n.getAttributes().getLength(); i++) {
            Node a = n.getAttributes().item(i);
            if (!a.getNodeName().startsWith("xmlns")) {
                attrs.add(a);
            }
        }
        attrs.sort(java.util.Comparator.comparing(a -> (a.getNamespaceURI() == null ? "" : "{" + a.getNamespaceURI() + "}")
                + (a.getLocalName() == null ? a.getNodeName() : a.getLocalName())));
        for (Node a : attrs) {
            sb.append(' ').append(a.getNodeName()).append("=\"").append(a.getNodeValue().replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")).append('"');
        }
        if (n.getFirstChild() == null) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            write(c, sb);
        }
        sb.append("</").append(n.getNodeName()).append('>');
    }
}
