package org.campo.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;

/**
 * Writes XForm instances of one form straight from its dataset schema, without the form
 * engine. Bulk demo and benchmark data needs this: driving JavaRosa question by question
 * costs milliseconds per submission, writing the XML costs microseconds. The element tree
 * (groups, repeats, leaves in instance order) comes from the schema; the root element with its
 * {@code id} and {@code version} attributes is copied from an instance the engine started, so
 * the result is exactly what the engine itself would save.
 */
final class InstanceTemplate {
    private final String rootOpenTag;
    private final String rootName;
    private final Node root;

    private InstanceTemplate(String rootOpenTag, String rootName, Node root) {
        this.rootOpenTag = rootOpenTag;
        this.rootName = rootName;
        this.root = root;
    }

    /**
     * @param schema         the form's dataset schema
     * @param startedXml     an instance the engine started for the same form (for the root tag)
     */
    static InstanceTemplate of(FormSchema schema, String startedXml) {
        String rootName = schema.rootPath().substring(1);
        int start = startedXml.indexOf("<" + rootName);
        int end = startedXml.indexOf('>', start);
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no root element <" + rootName + "> in the started instance");
        }
        String openTag = startedXml.substring(start, end + 1);
        if (openTag.endsWith("/>")) {
            openTag = openTag.substring(0, openTag.length() - 2) + ">";
        }
        Node root = new Node(rootName, false);
        for (FieldSchema field : schema.fields()) {
            String relative = field.path().substring(schema.rootPath().length() + 1);
            Node parent = root;
            String path = schema.rootPath();
            String[] steps = relative.split("/");
            for (int i = 0; i < steps.length - 1; i++) {
                path = path + "/" + steps[i];
                parent = parent.child(steps[i], schema.repeats().containsKey(path));
            }
            parent.child(steps[steps.length - 1], false).leaf = true;
        }
        return new InstanceTemplate(openTag, rootName, root);
    }

    String render(SyntheticInstance instance) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append(rootOpenTag);
        for (Node child : root.children.values()) {
            write(child, instance.values(), instance, xml);
        }
        xml.append("</").append(rootName).append('>');
        return xml.toString();
    }

    private void write(Node node, Map<String, String> values, SyntheticInstance instance, StringBuilder xml) {
        if (node.repeat) {
            for (Map<String, String> row : instance.rows(node.name)) {
                writeGroup(node, row, instance, xml);
            }
        } else if (node.leaf) {
            String value = values.get(node.name);
            if (value == null || value.isEmpty()) {
                xml.append('<').append(node.name).append("/>");
            } else {
                xml.append('<').append(node.name).append('>');
                escape(value, xml);
                xml.append("</").append(node.name).append('>');
            }
        } else {
            writeGroup(node, values, instance, xml);
        }
    }

    private void writeGroup(Node node, Map<String, String> values, SyntheticInstance instance, StringBuilder xml) {
        xml.append('<').append(node.name).append('>');
        for (Node child : node.children.values()) {
            write(child, values, instance, xml);
        }
        xml.append("</").append(node.name).append('>');
    }

    private static void escape(String s, StringBuilder xml) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
    }

    /** The names of the repeats, for generators that want to check what they fill. */
    List<String> repeatNames() {
        List<String> names = new ArrayList<>();
        collectRepeats(root, names);
        return names;
    }

    private static void collectRepeats(Node node, List<String> names) {
        for (Node child : node.children.values()) {
            if (child.repeat) {
                names.add(child.name);
            }
            collectRepeats(child, names);
        }
    }

    private static final class Node {
        final String name;
        final boolean repeat;
        final Map<String, Node> children = new LinkedHashMap<>();
        boolean leaf;

        Node(String name, boolean repeat) {
            this.name = name;
            this.repeat = repeat;
        }

        Node child(String childName, boolean isRepeat) {
            return children.computeIfAbsent(childName, n -> new Node(n, isRepeat));
        }
    }
}
