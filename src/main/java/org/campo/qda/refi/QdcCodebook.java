package org.campo.qda.refi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.campo.common.CampoException;
import org.campo.qda.CodebookEntry;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The REFI-QDA codebook exchange file ({@code .qdc}, namespace {@code urn:QDA-XML:codebook:1.0},
 * schema {@code Codebook.xsd} beside this class): the codebook alone, as NVivo, ATLAS.ti, MAXQDA,
 * QualCoder and Taguette read and write it. A code's definition, inclusion and exclusion criteria
 * and example travel in its {@code Description} (see {@link CodeDescription}). Written files are
 * validated against the schema before they are returned; read files are parsed leniently (tools
 * differ in GUID braces and case) but must be a CodeBook with named codes.
 */
public final class QdcCodebook {
    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";
    private static volatile Schema schema;

    private QdcCodebook() {
    }

    /**
     * The .qdc bytes (UTF-8) of a codebook. Codebook.xsd wants at least one code, so an empty
     * codebook is refused with a sentence ({@code qda.codebook.emptyQdc}) rather than failing
     * the schema check.
     */
    public static byte[] write(List<CodebookEntry> roots, String origin) {
        if (roots.isEmpty()) {
            throw new CampoException("qda.codebook.emptyQdc");
        }
        Document doc = SafeXml.documentBuilder().newDocument();
        Element book = doc.createElementNS(NAMESPACE, "CodeBook");
        book.setAttribute("origin", origin);
        doc.appendChild(book);
        Element codes = doc.createElementNS(NAMESPACE, "Codes");
        book.appendChild(codes);
        for (CodebookEntry e : roots) {
            codes.appendChild(code(doc, e));
        }
        byte[] bytes = serialize(doc);
        List<String> problems = validate(bytes);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("codebook does not validate against Codebook.xsd: " + problems);
        }
        return bytes;
    }

    private static Element code(Document doc, CodebookEntry e) {
        Element c = doc.createElementNS(NAMESPACE, "Code");
        c.setAttribute("guid", Guids.of(e.guid()));
        c.setAttribute("name", e.name());
        c.setAttribute("isCodable", Boolean.toString(e.codable()));
        if (e.color() != null && e.color().matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")) {
            c.setAttribute("color", e.color().toUpperCase(java.util.Locale.ROOT));
        }
        String description = CodeDescription.write(e.definition(), e.inclusion(), e.exclusion(), e.example());
        if (!description.isEmpty()) {
            Element d = doc.createElementNS(NAMESPACE, "Description");
            d.setTextContent(description);
            c.appendChild(d);
        }
        for (CodebookEntry child : e.children()) {
            c.appendChild(code(doc, child));
        }
        return c;
    }

    /**
     * The codes of a .qdc file. A file that is not one is refused with a translated sentence: a
     * DOCTYPE as in a project ({@code refi.import.doctype}), XML that is not well-formed with its
     * line and column, another root element, or a code without a name.
     */
    public static List<CodebookEntry> read(byte[] bytes, String fileName) {
        Document doc;
        try {
            doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new CampoException(e, "refi.import.doctype", fileName);
            }
            throw new CampoException(e, "refi.import.badXml", fileName, e.getLineNumber(), e.getColumnNumber(),
                    String.valueOf(e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new CampoException(e, "refi.import.badXml", fileName, 0, 0, String.valueOf(e.getMessage()));
        }
        Element root = doc.getDocumentElement();
        if (!"CodeBook".equals(root.getLocalName())) {
            throw new CampoException("qda.codebook.notCodebook", fileName, root.getLocalName());
        }
        Element codes = child(root, "Codes");
        List<CodebookEntry> out = new ArrayList<>();
        if (codes != null) {
            for (Element c : children(codes, "Code")) {
                out.add(entry(c, fileName));
            }
        }
        return out;
    }

    private static CodebookEntry entry(Element c, String fileName) {
        String name = c.getAttribute("name");
        if (name.isBlank()) {
            throw new CampoException("qda.codebook.codeWithoutName", fileName);
        }
        Element d = child(c, "Description");
        CodeDescription description = CodeDescription.parse(d == null ? null : d.getTextContent());
        String color = c.getAttribute("color").strip();
        List<CodebookEntry> kids = new ArrayList<>();
        for (Element k : children(c, "Code")) {
            kids.add(entry(k, fileName));
        }
        String guid = Guids.normalize(c.getAttribute("guid"));
        return new CodebookEntry(guid == null || guid.isEmpty() ? null : guid, name.strip(), description.definition(),
                description.inclusion(), description.exclusion(), description.example(),
                color.matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})") ? color : null,
                !"false".equalsIgnoreCase(c.getAttribute("isCodable").strip()), kids);
    }

    /** Problems of a .qdc against Codebook.xsd; empty when it validates. */
    public static List<String> validate(byte[] qdc) {
        List<String> problems = new ArrayList<>();
        Validator v = schema().newValidator();
        v.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {
                // not a conformance problem
            }

            @Override
            public void error(org.xml.sax.SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(qdc)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(String.valueOf(e.getMessage()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (QdcCodebook.class) {
                s = schema;
                if (s == null) {
                    URL url = QdcCodebook.class.getResource("Codebook.xsd");
                    if (url == null) {
                        throw new IllegalStateException("missing resource Codebook.xsd");
                    }
                    try (InputStream in = url.openStream()) {
                        s = SafeXml.schemaFactory().newSchema(new StreamSource(in, url.toExternalForm()));
                    } catch (IOException | SAXException e) {
                        throw new IllegalStateException("the shipped codebook schema does not load", e);
                    }
                    schema = s;
                }
            }
        }
        return s;
    }

    private static byte[] serialize(Document doc) {
        try {
            Transformer t = SafeXml.transformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("writing XML in memory failed", e);
        }
    }

    private static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
