package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny mutable XML tree with a pretty printer matching pyxform's layout (two-space indent,
 * mixed content kept on one line). Building text directly keeps attribute and namespace
 * prefixes exactly as XLSForm authors wrote them (e.g. {@code campo:sensitive}), which a DOM
 * would insist on resolving.
 */
final class XmlNode {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Object> content = new ArrayList<>();

    XmlNode(String name) {
        this.name = name;
    }

    XmlNode attr(String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
        return this;
    }

    XmlNode add(XmlNode child) {
        content.add(child);
        return child;
    }

    XmlNode child(String childName) {
        return add(new XmlNode(childName));
    }

    XmlNode text(String text) {
        if (text != null && !text.isEmpty()) {
            content.add(text);
        }
        return this;
    }

    XmlNode copy() {
        XmlNode c = new XmlNode(name);
        c.attributes.putAll(attributes);
        for (Object o : content) {
            c.content.add(o instanceof XmlNode n ? n.copy() : o);
        }
        return c;
    }

    String toXml() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n");
        write(sb, 0);
        return sb.toString();
    }

    private void write(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth)).append('<').append(name);
        attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
        if (content.isEmpty()) {
            sb.append("/>\n");
            return;
        }
        boolean mixed = content.stream().anyMatch(o -> o instanceof String);
        sb.append('>');
        if (mixed) {
            for (Object o : content) {
                if (o instanceof String s) {
                    sb.append(escape(s, false));
                } else {
                    ((XmlNode) o).writeInline(sb);
                }
            }
        } else {
            sb.append('\n');
            for (Object o : content) {
                ((XmlNode) o).write(sb, depth + 1);
            }
            sb.append("  ".repeat(depth));
        }
        sb.append("</").append(name).append(">\n");
    }

    private void writeInline(StringBuilder sb) {
        sb.append('<').append(name);
        attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
        if (content.isEmpty()) {
            sb.append("/>");
            return;
        }
        sb.append('>');
        for (Object o : content) {
            if (o instanceof String s) {
                sb.append(escape(s, false));
            } else {
                ((XmlNode) o).writeInline(sb);
            }
        }
        sb.append("</").append(name).append('>');
    }

    static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
