package org.campo.form.runtime;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.campo.common.CampoException;

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
    private static final String JR_NAMESPACE = "http://openrosa.org/javarosa";
    private final Set<String> repeatPaths;

    public InstanceReader(Set<String> repeatPaths) {
        this.repeatPaths = Set.copyOf(repeatPaths);
    }

    /** The flattened submission. */
    public Result read(String instanceXml) {
        Node root = parse(instanceXml);
        String rootPath = "/" + root.name;
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

    private void collect(Node element, String genericPath, String indexedPath, String rowKey,
                         Map<String, String> rowValues, Map<String, List<InstanceRow>> tables) {
        if (element.children == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> counts = countChildren(element);
        for (Node child : element.children) {
            if (child.template) {
                continue;
            }
            String name = child.name;
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
            } else if (child.children != null) {
                collect(child, childGeneric, childIndexed, rowKey, rowValues, tables);
            } else {
                rowValues.put(childGeneric, child.text == null ? "" : child.text.toString());
            }
        }
    }

    private static Map<String, Integer> countChildren(Node element) {
        Map<String, Integer> counts = new HashMap<>();
        for (Node child : element.children) {
            if (!child.template) {
                counts.merge(child.name, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * An element as the reader needs it: local name, whether it is a {@code jr:template}, its
     * element children (null when it has none, template children included, as a DOM would
     * count them) and, for leaves, its text. Deciding whether a child is a repeat needs all
     * siblings first (a name occurring twice is a repeat), so the instance is read into this
     * small tree instead of being handled event by event; it costs a fraction of a DOM.
     */
    private static final class Node {
        final String name;
        final boolean template;
        List<Node> children;
        StringBuilder text;

        Node(String name, boolean template) {
            this.name = name;
            this.template = template;
        }
    }

    /**
     * One StAX factory per thread: exports read 100,000 small instances, and a DOM parse per
     * instance (Xerces' deferred DOM, then walking it) was the largest cost of an export. The
     * JDK's factory is used explicitly ({@code newDefaultFactory}, no service-loader lookup) and
     * kept per thread because it may reuse reader objects internally.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(InstanceReader::newFactory);

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        try {
            // the JDK reader can be reset and reused once closed, instead of built per instance
            factory.setProperty("reuse-instance", true);
        } catch (IllegalArgumentException e) {
            // not supported: a new reader per instance, as before
        }
        return factory;
    }

    /**
     * Reads the instance into a {@link Node} tree. A DOCTYPE is refused, as the DOM parser
     * used before refused it ({@code disallow-doctype-decl}): instances never carry one, and
     * refusing it rules out entity expansion attacks. Text is what {@code getTextContent}
     * gave: character data and CDATA, comments and processing instructions left out.
     */
    private static Node parse(String xml) {
        XMLStreamReader in = null;
        try {
            in = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            Deque<Node> open = new ArrayDeque<>();
            Node root = null;
            while (in.hasNext()) {
                switch (in.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Node node = new Node(in.getLocalName(),
                                in.getAttributeValue(JR_NAMESPACE, "template") != null);
                        Node parent = open.peek();
                        if (parent == null) {
                            root = node;
                        } else {
                            if (parent.children == null) {
                                parent.children = new ArrayList<>();
                            }
                            parent.children.add(node);
                        }
                        open.push(node);
                        if (open.size() > InstanceValidator.MAX_DEPTH) {
                            throw new XMLStreamException("instance nested deeper than any form");
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        Node current = open.peek();
                        if (current != null) {
                            if (current.text == null) {
                                current.text = new StringBuilder(in.getTextLength());
                            }
                            current.text.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException("DOCTYPE and entity references are not allowed in an instance");
                    default -> {
                        // comments, processing instructions, document start and end
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no root element");
            }
            return root;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof CampoException ce) {
                throw ce;
            }
            throw new CampoException(e, "form.runtime.invalidInstance", "?");
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
}
