package org.campo.form.compile;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the parts of one XForm share while it is written: the parsed form, the diagnostics and
 * reference resolver, the translations every part adds to, and what more than one part
 * discovers (external instances, attached files, namespace prefixes of custom attributes).
 * Each part ({@link PrimaryInstanceWriter}, {@link BindWriter}, {@link ItextWriter},
 * {@link SecondaryInstanceWriter}, {@link BodyWriter}) keeps what only it produces.
 */
final class XFormContext {
    static final String CAMPO_NS = "https://campo.org/xforms";
    private static final Pattern PULLDATA = Pattern.compile("pulldata\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Set<String> KNOWN_PREFIXES = Set.of("jr", "odk", "orx", "h", "ev", "xsd", "xml");

    final FormDefinition form;
    final Diagnostics diag;
    final ReferenceResolver refs;
    final Itext itext;
    /** Instance id to src of every {@code <instance src>} the form needs, in order of discovery. */
    private final Map<String, String> externalInstances = new LinkedHashMap<>();
    private final Set<String> attachments = new LinkedHashSet<>();
    private final Set<String> extraPrefixes = new LinkedHashSet<>();

    XFormContext(FormDefinition form, Diagnostics diag) {
        this.form = form;
        this.diag = diag;
        this.refs = new ReferenceResolver(form.root, !form.omitsInstanceId(), diag);
        this.itext = new Itext(form.defaultLanguage);
    }

    /**
     * Declares {@code <instance id src>}; an id already declared with another source is a located
     * error at {@code e}'s row, as in pyxform (one id cannot name two files).
     */
    void externalInstance(String id, String src, FormElement e) {
        String earlier = externalInstances.putIfAbsent(id, src);
        if (earlier != null && !earlier.equals(src)) {
            diag.error(SurveyParser.SURVEY, e.row, "", "form.compile.instanceSourceClash", id, earlier, src);
        }
    }

    Map<String, String> externalInstances() {
        return externalInstances;
    }

    void attachment(String file) {
        attachments.add(file);
    }

    List<String> attachments() {
        return List.copyOf(attachments);
    }

    Set<String> extraPrefixes() {
        return extraPrefixes;
    }

    static String namespaceFor(String prefix) {
        return prefix.equals("campo") ? CAMPO_NS : "urn:xlsform:" + prefix;
    }

    /** A custom attribute {@code prefix:name} needs its prefix declared unless XForms or the settings declare it. */
    void notePrefix(String attr) {
        int colon = attr.indexOf(':');
        if (colon > 0) {
            String prefix = attr.substring(0, colon);
            if (!KNOWN_PREFIXES.contains(prefix) && !form.setting("namespaces").contains(prefix + "=")) {
                extraPrefixes.add(prefix);
            }
        }
    }

    /** instance:: and body:: values: references become absolute paths, a lone one without padding. */
    String customAttributeValue(String v, FormElement e, String column) {
        if (!ReferenceResolver.hasReference(v)) {
            return v;
        }
        String value = refs.resolve(v, e, e.header(column), ReferenceResolver.Mode.ABSOLUTE);
        return v.strip().matches("\\$\\{[^}]+}") ? value.strip() : value;
    }

    String resolve(String expr, FormElement e, String column) {
        return resolve(expr, e, column, ReferenceResolver.Mode.RELATIVE);
    }

    /** Resolves {@code ${name}} references; a pulldata() call also declares its CSV instance. */
    String resolve(String expr, FormElement e, String column, ReferenceResolver.Mode mode) {
        Matcher m = PULLDATA.matcher(expr);
        while (m.find()) {
            externalInstance(m.group(1), "jr://file-csv/" + m.group(1) + ".csv", e);
            attachment(m.group(1) + ".csv");
        }
        return refs.resolve(expr, e, e.header(column), mode);
    }

    static boolean isYes(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return s.equals("yes") || s.equals("true") || s.equals("true()") || s.equals("1") || s.equals("y");
    }

    static boolean isNo(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return s.equals("no") || s.equals("false") || s.equals("false()") || s.equals("0") || s.equals("n");
    }
}
