package org.campo.form.runtime;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.campo.common.CampoException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads values out of submission XML without the form engine, for export and summaries: the
 * top-level values as one row, and each repeat as a table of rows that point to their parent
 * row, which is how datasets from ODK are usually shaped (one CSV per repeat).
 *
 * <p>A repeat with a single instance looks like a plain group in XML, so the reader is told the
 * form's repeat paths ({@link FormDefinition#repeatPaths()}); elements that occur more than once
 * under the same parent are treated as repeats as well.
 */
public final class InstanceReader {
    private final Set<String> repeatPaths;

    public InstanceReader(Set<String> repeatPaths) {
        this.repeatPaths = Set.copyOf(repeatPaths);
    }

    /** The flattened submission. */
    public Result read(String instanceXml) {
        Element root = parse(instanceXml).getDocumentElement();
        String rootPath = "/" + localName(root);
        Map<String, List<InstanceRow>> tables = new LinkedHashMap<>();
        Map<String, String> top = new LinkedHashMap<>();
        collect(root, rootPath, rootPath, rootPath, top, tables);
        InstanceRow main = new InstanceRow(rootPath, "", 1, top);
        return new Result(main, tables);
    }

    /**
     * The flattened submission.
     *
     * @param main    the top-level values
     * @param repeats rows of each repeat, by the repeat's generic path, in document order
     */
    public record Result(InstanceRow main, Map<String, List<InstanceRow>> repeats) {
        public Result {
            repeats = Map.copyOf(repeats);
        }

        /** {@code meta/instanceID}, if present. */
        public Optional<String> instanceId() {
            return main.values().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/meta/instanceID"))
                    .map(Map.Entry::getValue).findFirst();
        }

        /** A top-level value by generic path. */
        public Optional<String> value(String path) {
            return Optional.ofNullable(main.values().get(path));
        }

        public List<InstanceRow> rows(String repeatPath) {
            return repeats.getOrDefault(repeatPath, List.of());
        }
    }

    private void collect(Element element, String genericPath, String indexedPath, String rowKey,
                         Map<String, String> rowValues, Map<String, List<InstanceRow>> tables) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, Integer> counts = countChildren(element);
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child) || child.hasAttributeNS("http://openrosa.org/javarosa", "template")) {
                continue;
            }
            String name = localName(child);
            int position = seen.merge(name, 1, Integer::sum);
            String childGeneric = genericPath + "/" + name;
            String childIndexed = indexedPath + "/" + name + "[" + position + "]";
            boolean repeat = repeatPaths.contains(childGeneric) || counts.get(name) > 1;
            if (repeat) {
                Map<String, String> values = new LinkedHashMap<>();
                List<InstanceRow> rows = tables.computeIfAbsent(childGeneric, k -> new ArrayList<>());
                int rowIndex = rows.size();
                rows.add(null); // keep document order: parent before children
                collect(child, childGeneric, childIndexed, childIndexed, values, tables);
                rows.set(rowIndex, new InstanceRow(childIndexed, rowKey, position, values));
            } else if (hasElementChildren(child)) {
                collect(child, childGeneric, childIndexed, rowKey, rowValues, tables);
            } else {
                rowValues.put(childGeneric, child.getTextContent());
            }
        }
    }

    private static Map<String, Integer> countChildren(Element element) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !child.hasAttributeNS("http://openrosa.org/javarosa", "template")) {
                counts.merge(localName(child), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean hasElementChildren(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /**
     * One parser per thread, reused: {@code DocumentBuilderFactory.newInstance()} looks the
     * implementation up through the service loader and configures it, which cost more than the
     * parse itself when an export reads 100,000 small instances.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(InstanceReader::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.w3c.dom.Document parse(String xml) {
        DocumentBuilder builder = BUILDER.get();
        try {
            builder.reset();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new CampoException(e, "form.runtime.invalidInstance", "?");
        }
    }
}
