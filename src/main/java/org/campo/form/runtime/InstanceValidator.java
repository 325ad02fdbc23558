package org.campo.form.runtime;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.campo.common.CampoException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks a submission brought in from elsewhere (ODK Briefcase, Central, a USB stick) against
 * the form version it claims, before anything is stored, so that no stored row can break a later
 * export: the bytes are decoded as the file says (byte order mark, UTF-16, or the encoding of the
 * XML declaration, e.g. ISO-8859-1), and the stored text always declares UTF-8; the XML is well
 * formed, has no DTD or entity, nests no deeper than {@value #MAX_DEPTH} levels; every element is
 * one of the form's (anything under {@code meta} is allowed, as ODK tools add metadata there);
 * every value has its question's type; and the engine finds no required question unanswered and
 * no constraint broken, relevance taken into account.
 *
 * <p>Refusals are {@link CampoException}s whose first argument is the file name. The walk is
 * iterative; the size is bounded by whoever reads the file ({@link #MAX_BYTES}).
 */
public final class InstanceValidator {
    /** The largest instance accepted: answers only (attachments are separate files). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Deeper than any form: groups within groups within repeats. */
    public static final int MAX_DEPTH = 128;

    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml[^>]*?\\?>");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?");
    private static final Pattern DATE_TIME_LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T" + TIME.pattern());

    private final FormDefinition definition;
    private final String rootName;
    private final Set<String> elements = new HashSet<>();
    private final Map<String, String> types = new HashMap<>();
    /** The choices of select questions whose list the form carries (lists from files are not checked). */
    private final Map<String, Set<String>> choices = new HashMap<>();

    /** Reads the shape of the form (its instance's elements and its binds' types) from its XForm. */
    public InstanceValidator(FormDefinition definition, String xform) {
        this.definition = definition;
        Document doc = parseForm(xform);
        Element mainRoot = null;
        for (Element instance : descendants(doc.getDocumentElement(), "instance")) {
            if (!instance.hasAttribute("id") && "model".equals(((Element) instance.getParentNode()).getLocalName())) {
                mainRoot = firstElement(instance);
                break;
            }
        }
        if (mainRoot == null) {
            throw new CampoException("form.runtime.invalidForm", "no main instance");
        }
        rootName = local(mainRoot);
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {mainRoot, "/" + rootName});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            elements.add((String) top[1]);
            for (Node n = ((Element) top[0]).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    stack.push(new Object[] {child, top[1] + "/" + local(child)});
                }
            }
        }
        for (FieldSchema field : definition.schema().fields()) {
            if ((field.kind() == FieldKind.SELECT_ONE || field.kind() == FieldKind.SELECT_MULTIPLE)
                    && !field.choices().isEmpty()) {
                Set<String> values = new HashSet<>();
                field.choices().forEach(c -> values.add(c.value()));
                choices.put(field.path(), values);
            }
        }
        for (Element bind : descendants(doc.getDocumentElement(), "bind")) {
            String type = bind.getAttribute("type");
            if (!type.isBlank()) {
                String t = type.substring(type.indexOf(':') + 1);
                types.put(localPath(bind.getAttribute("nodeset").strip()), t);
            }
        }
    }

    /**
     * The text of an instance file: decoded by its byte order mark, as UTF-16 when it starts so,
     * or by the encoding its XML declaration names (UTF-8 otherwise); the declaration is rewritten
     * to say UTF-8, which is how the text is stored.
     */
    public static String decode(String fileName, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0x00, 0x3C)) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, 0x3C, 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
            Matcher decl = DECLARATION.matcher(head);
            if (decl.find()) {
                Matcher enc = ENCODING.matcher(decl.group());
                if (enc.find()) {
                    try {
                        charset = Charset.forName(enc.group(1));
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        throw new CampoException("form.runtime.instanceEncodingUnknown", fileName, enc.group(1));
                    }
                    if (charset.name().startsWith("UTF-16")) {
                        charset = StandardCharsets.UTF_8; // declared UTF-16 but written in a single-byte form
                    }
                }
            }
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new CampoException(e, "form.runtime.instanceEncoding", fileName, charset.name());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher decl = DECLARATION.matcher(text);
        if (decl.find()) {
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + text.substring(decl.end());
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks decoded instance text against the form; returns normally when it may be stored.
     *
     * @param context who imports (the engine's check runs as a session would)
     */
    public void check(String fileName, String xml, SessionContext context) {
        checkStructure(fileName, xml);
        checkWithEngine(fileName, xml, context);
    }

    private void checkStructure(String fileName, String xml) {
        XMLStreamReader in = null;
        try {
            in = factory().createXMLStreamReader(new StringReader(xml));
            Deque<String> open = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            boolean leaf = false;
            while (in.hasNext()) {
                int event = in.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = in.getLocalName();
                        String path = open.isEmpty() ? "/" + name : open.peek() + "/" + name;
                        if (open.isEmpty() && !name.equals(rootName)) {
                            throw refusal("form.runtime.instanceRoot", fileName, name, rootName);
                        }
                        if (open.size() >= MAX_DEPTH) {
                            throw refusal("form.runtime.instanceTooDeep", fileName, MAX_DEPTH);
                        }
                        if (!elements.contains(path) && !underMeta(path)) {
                            throw refusal("form.runtime.instanceUnknownElement", fileName, name, definition.formId(),
                                    line(in.getLocation()));
                        }
                        open.push(path);
                        text.setLength(0);
                        leaf = true;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String path = open.pop();
                        if (leaf) {
                            checkType(fileName, path, text.toString().strip(), in.getLocation());
                        }
                        leaf = false;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (leaf && text.length() < 100_000) {
                            text.append(in.getText());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw refusal("form.runtime.instanceDtd", fileName);
                    default -> {
                        // comments, processing instructions, document start and end
                    }
                }
            }
            if (!open.isEmpty()) {
                throw refusal("form.runtime.instanceMalformed", fileName, 0, 0);
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("ntity")) {
                throw new CampoException(e, "form.runtime.instanceDtd", fileName);
            }
            throw new CampoException(e, "form.runtime.instanceMalformed", fileName,
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }
    }

    private boolean underMeta(String path) {
        return path.startsWith("/" + rootName + "/meta/");
    }

    private static int line(Location at) {
        return at == null ? 0 : at.getLineNumber();
    }

    private static CampoException refusal(String key, Object... args) {
        return new CampoException(key, args);
    }

    private void checkType(String fileName, String path, String value, Location at) {
        String type = types.getOrDefault(path, "string");
        if (value.isEmpty()) {
            return;
        }
        boolean ok = switch (type) {
            case "int", "integer", "long", "short" -> INTEGER.matcher(value).matches();
            case "decimal", "double", "float" -> isDecimal(value);
            case "date" -> isDate(value);
            case "time" -> TIME.matcher(value).matches();
            case "dateTime" -> isDateTime(value);
            case "boolean" -> value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
            case "geopoint" -> isGeopoint(value);
            case "select1" -> value.chars().noneMatch(Character::isWhitespace);
            default -> true;
        };
        if (!ok) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            throw new CampoException("form.runtime.instanceWrongType", fileName, shorten(value), name,
                    new TypeName(type), line(at));
        }
        Set<String> allowed = choices.get(path);
        if (allowed != null) {
            for (String chosen : value.split("\\s+")) {
                if (!allowed.contains(chosen)) {
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    throw new CampoException("form.runtime.instanceUnknownChoice", fileName, shorten(chosen), name,
                            line(at));
                }
            }
        }
    }

    /** A type's description in the current language, resolved when the message is shown. */
    private record TypeName(String type) {
        @Override
        public String toString() {
            String key = switch (type) {
                case "int", "integer", "long", "short" -> "form.runtime.type.integer";
                case "decimal", "double", "float" -> "form.runtime.type.decimal";
                case "date" -> "form.runtime.type.date";
                case "time" -> "form.runtime.type.time";
                case "dateTime" -> "form.runtime.type.dateTime";
                case "boolean" -> "form.runtime.type.boolean";
                case "geopoint" -> "form.runtime.type.geopoint";
                default -> "form.runtime.type.select1";
            };
            return org.campo.common.Messages.get(key);
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static boolean isDecimal(String value) {
        if (!value.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return false;
        }
        return Double.isFinite(Double.parseDouble(value));
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return DATE_TIME_LOCAL.matcher(value).matches();
        }
    }

    private static boolean isGeopoint(String value) {
        String[] parts = value.split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (!isDecimal(p)) {
                return false;
            }
        }
        double lat = Double.parseDouble(parts[0]);
        double lon = Double.parseDouble(parts[1]);
        return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
    }

    private void checkWithEngine(String fileName, String xml, SessionContext context) {
        FormSession session;
        try {
            session = FormSession.resume(definition, xml, context, Optional.empty());
        } catch (CampoException e) {
            throw new CampoException(e, "form.runtime.instanceNotForForm", fileName, definition.formId());
        }
        Optional<ValidationResult> problem = session.validateAll();
        if (problem.isPresent()) {
            ValidationResult r = problem.get();
            String name = r.ref();
            try {
                Screen screen = session.jumpTo(r.ref());
                name = screen.prompts().stream().filter(p -> p.ref().equals(r.ref())).findFirst()
                        .or(() -> screen.prompts().stream().findFirst())
                        .map(p -> p.path().replaceAll("\\[\\d+]", "")).map(p -> p.substring(p.lastIndexOf('/') + 1))
                        .orElse(r.ref());
            } catch (CampoException e) {
                // the position is named by its reference
            }
            String key = r.status() == ValidationResult.Status.REQUIRED_MISSING
                    ? "form.runtime.instanceRequiredMissing" : "form.runtime.instanceConstraint";
            throw new CampoException(key, fileName, name);
        }
    }

    private static String localPath(String path) {
        StringBuilder out = new StringBuilder();
        for (String step : path.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            out.append('/').append(step.substring(step.indexOf(':') + 1));
        }
        return out.toString();
    }

    private static String local(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static Document parseForm(String xform) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xform)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CampoException(e, "form.runtime.invalidForm", "XML");
        }
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static java.util.List<Element> descendants(Element root, String localName) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        Deque<Element> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            if (localName.equals(e.getLocalName())) {
                out.add(e);
            }
            for (Node n = e.getLastChild(); n != null; n = n.getPreviousSibling()) {
                if (n instanceof Element child) {
                    stack.push(child);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "InstanceValidator[" + definition.formId() + ", " + elements.size() + " elements]";
    }
}
