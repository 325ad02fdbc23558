package org.campo.form.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.xform.parse.ExternalInstanceParser;

/**
 * Hands large choice lists to JavaRosa as external secondary instances, ODK's own answer to big
 * lists ({@code select_one_from_file}), instead of as instances inline in the XForm.
 *
 * <p>JavaRosa builds an inline secondary instance by looking every item up among its siblings
 * ({@code XFormParser.loadInstanceData} → {@code TreeElement.getChild}), which grows with the
 * square of the list: a 20,000-row list took most of a 20-second load. The same items given as an
 * external instance are appended in order, in linear time, and JavaRosa's serialization of the
 * parsed form keeps only the instance's {@code src}, so reading a cached definition back no longer
 * reads every item either.
 *
 * <p>When a form is loaded, every inline {@code <instance id="…"><root><item>…} of the model with
 * at least {@link #THRESHOLD} items, written in the plain shape the XLSForm compiler writes
 * (elements with text, no attributes, comments or CDATA), is cut out of the text JavaRosa parses
 * and replaced by {@code <instance id="…" src="jr://file/campo-choices/…"/>}; its items are kept
 * in memory, never on disk, and built into the engine's tree on request by {@link #PROVIDER}.
 * The stored XForm does not change: it stays a complete, standard XForm (what exports, packages
 * and ODK tools read), encrypted with the rest of the form version, and the split is redone from
 * it in each process. An instance in any other shape stays inline.
 *
 * <p>The behaviour is the same as inline: same instance id and paths, the same {@code item}
 * elements in the same order with the same children (so {@code choice_filter} expressions,
 * {@code jr:itext(itextId)} labels in every language and the stored answers do not change), and
 * each value is what the inline parse gives: the element's text with entities resolved, trimmed,
 * as {@link StringData}, and no value for an empty or blank element
 * ({@code LargeChoiceListsTest} checks filtering, labels and answers against the inline form).
 */
final class LargeChoiceLists {
    /** Lists with at least this many items are handed over as external instances. */
    static final int THRESHOLD = 500;
    static final String SRC_PREFIX = "jr://file/campo-choices/";
    /**
     * {@code -Dcampo.form.externalChoiceLists=false} keeps every list inline, as before this
     * change: for comparing the two (the form benchmark) and as a way back should a form ever
     * behave differently.
     */
    private static final boolean ENABLED =
            !"false".equals(System.getProperty("campo.form.externalChoiceLists"));

    /** The lists split off each loaded XForm, by the XForm's SHA-256; a split is deterministic. */
    private static final Map<String, Map<String, Table>> LISTS = new ConcurrentHashMap<>();

    /** Builds the engine's tree of a list split off by {@link #split}; claims only those sources. */
    static final ExternalInstanceParser.InstanceProvider PROVIDER = new ExternalInstanceParser.InstanceProvider() {
        @Override
        public TreeElement get(String instanceId, String instanceSrc) {
            return table(instanceSrc).tree(instanceId);
        }

        @Override
        public boolean isSupported(String instanceId, String instanceSrc) {
            return instanceSrc.startsWith(SRC_PREFIX) && table(instanceSrc) != null;
        }
    };

    private LargeChoiceLists() {
    }

    /**
     * The XForm text JavaRosa should parse: {@code xform} with its large choice lists replaced by
     * external instances, which are registered under {@code sha256} for {@link #PROVIDER}. Returns
     * {@code xform} itself when nothing is split off.
     */
    static String split(String sha256, String xform) {
        if (!ENABLED) {
            return xform;
        }
        int modelStart = xform.indexOf("<model");
        int modelEnd = modelStart < 0 ? -1 : xform.indexOf("</model>", modelStart);
        if (modelEnd < 0 || within(xform, "<!--", modelStart, modelEnd) || within(xform, "<![CDATA[", modelStart, modelEnd)) {
            LISTS.putIfAbsent(sha256, Map.of());
            return xform;
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        StringBuilder out = null;
        int copied = 0;
        int pos = modelStart;
        String open = "<instance id=\"";
        while (true) {
            int start = xform.indexOf(open, pos);
            if (start < 0 || start >= modelEnd) {
                break;
            }
            int idEnd = xform.indexOf('"', start + open.length());
            if (idEnd < 0 || idEnd >= modelEnd) {
                break;
            }
            String id = xform.substring(start + open.length(), idEnd);
            pos = idEnd;
            if (!xform.startsWith(">", idEnd + 1) || !isName(id) || tables.containsKey(id)) {
                continue;
            }
            Reader reader = new Reader(xform, idEnd + 2, modelEnd);
            Table table = reader.instance();
            if (table == null || table.size() < THRESHOLD) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(xform.length());
            }
            out.append(xform, copied, start).append(open).append(id).append("\" src=\"")
                    .append(SRC_PREFIX).append(sha256).append('/').append(id).append("\"/>");
            copied = reader.pos;
            pos = reader.pos;
            tables.put(id, table);
        }
        LISTS.putIfAbsent(sha256, Map.copyOf(tables));
        if (out == null) {
            return xform;
        }
        out.append(xform, copied, xform.length());
        return out.toString();
    }

    /** Makes the lists of this XForm available to {@link #PROVIDER} (before reading a cached definition). */
    static void register(String sha256, String xform) {
        if (!LISTS.containsKey(sha256)) {
            split(sha256, xform);
        }
    }

    /** Ids of the lists split off the XForm with this SHA-256 (for tests and the log). */
    static List<String> splitIds(String sha256) {
        return List.copyOf(LISTS.getOrDefault(sha256, Map.of()).keySet());
    }

    private static Table table(String src) {
        String rest = src.substring(SRC_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Map<String, Table> tables = LISTS.get(rest.substring(0, slash));
        return tables == null ? null : tables.get(rest.substring(slash + 1));
    }

    private static boolean within(String text, String what, int from, int to) {
        int at = text.indexOf(what, from);
        return at >= 0 && at < to;
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetter(c) || c == '_'
                    || (i > 0 && (Character.isDigit(c) || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The items of one list: per item, its children's names, multiplicities and values (null for none). */
    private record Table(List<String[]> names, List<int[]> multiplicities, List<String[]> values) {
        int size() {
            return names.size();
        }

        /** The tree JavaRosa's XML instance parser would build from {@code <root><item>…</root>}. */
        TreeElement tree(String instanceId) {
            TreeElement root = new TreeElement("root", 0);
            root.setInstanceName(instanceId);
            for (int i = 0; i < names.size(); i++) {
                TreeElement item = new TreeElement("item", i);
                String[] n = names.get(i);
                int[] m = multiplicities.get(i);
                String[] v = values.get(i);
                for (int c = 0; c < n.length; c++) {
                    TreeElement child = new TreeElement(n[c], m[c]);
                    if (v[c] != null) {
                        child.setValue(new StringData(v[c]));
                    }
                    item.addChild(child);
                }
                root.addChild(item);
            }
            return root;
        }
    }

    /**
     * Reads {@code <root><item><name>text</name>…</item>…</root></instance>} strictly; any other
     * shape (attributes, nested elements, processing instructions, unknown entities) gives null,
     * which leaves the instance inline.
     */
    private static final class Reader {
        private final String s;
        private final int end;
        int pos;

        Reader(String s, int pos, int end) {
            this.s = s;
            this.pos = pos;
            this.end = end;
        }

        Table instance() {
            List<String[]> names = new ArrayList<>();
            List<int[]> mults = new ArrayList<>();
            List<String[]> values = new ArrayList<>();
            skipWhitespace();
            if (!expect("<root>")) {
                return null;
            }
            List<String> n = new ArrayList<>();
            List<String> v = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (true) {
                skipWhitespace();
                if (expect("</root>")) {
                    break;
                }
                if (!expect("<item>")) {
                    return null;
                }
                n.clear();
                v.clear();
                seen.clear();
                while (true) {
                    skipWhitespace();
                    if (expect("</item>")) {
                        break;
                    }
                    if (!expect("<")) {
                        return null;
                    }
                    String name = name();
                    if (name == null) {
                        return null;
                    }
                    String value;
                    if (expect("/>")) {
                        value = null;
                    } else if (expect(">")) {
                        int lt = s.indexOf('<', pos);
                        if (lt < 0 || lt >= end) {
                            return null;
                        }
                        String raw = unescape(s.substring(pos, lt));
                        if (raw == null) {
                            return null;
                        }
                        pos = lt;
                        if (!expect("</") || !expect(name) || !expect(">")) {
                            return null;
                        }
                        String trimmed = raw.trim();
                        value = trimmed.isEmpty() ? null : trimmed;
                    } else {
                        return null;
                    }
                    n.add(name);
                    v.add(value);
                }
                String[] itemNames = n.toArray(new String[0]);
                int[] itemMults = new int[itemNames.length];
                for (int i = 0; i < itemNames.length; i++) {
                    itemMults[i] = seen.merge(itemNames[i], 1, Integer::sum) - 1;
                }
                names.add(itemNames);
                mults.add(itemMults);
                values.add(v.toArray(new String[0]));
            }
            skipWhitespace();
            if (!expect("</instance>")) {
                return null;
            }
            return new Table(names, mults, values);
        }

        private String name() {
            int start = pos;
            while (pos < end) {
                char c = s.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
                    pos++;
                } else {
                    break;
                }
            }
            String name = s.substring(start, pos);
            return isName(name) ? name : null;
        }

        private boolean expect(String what) {
            if (pos + what.length() <= end && s.startsWith(what, pos)) {
                pos += what.length();
                return true;
            }
            return false;
        }

        private void skipWhitespace() {
            while (pos < end && isXmlSpace(s.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isXmlSpace(char c) {
            return c == ' ' || c == '\n' || c == '\r' || c == '\t';
        }

        /** Character data with the five predefined entities and character references resolved; null if malformed. */
        private static String unescape(String text) {
            int amp = text.indexOf('&');
            if (amp < 0) {
                return text;
            }
            StringBuilder b = new StringBuilder(text.length());
            int i = 0;
            while (amp >= 0) {
                b.append(text, i, amp);
                int semi = text.indexOf(';', amp);
                if (semi < 0) {
                    return null;
                }
                String entity = text.substring(amp + 1, semi);
                switch (entity) {
                    case "amp" -> b.append('&');
                    case "lt" -> b.append('<');
                    case "gt" -> b.append('>');
                    case "quot" -> b.append('"');
                    case "apos" -> b.append('\'');
                    default -> {
                        if (!entity.startsWith("#") || entity.length() < 2) {
                            return null;
                        }
                        try {
                            int code = entity.charAt(1) == 'x'
                                    ? Integer.parseInt(entity.substring(2), 16)
                                    : Integer.parseInt(entity.substring(1));
                            b.appendCodePoint(code);
                        } catch (IllegalArgumentException e) {
                            return null;
                        }
                    }
                }
                i = semi + 1;
                amp = text.indexOf('&', i);
            }
            b.append(text, i, text.length());
            return b.toString();
        }
    }
}
