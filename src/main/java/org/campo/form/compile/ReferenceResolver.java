package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces XLSForm {@code ${name}} references with XPath paths the way pyxform does, so forms
 * behave identically in ODK Collect and Campo: absolute paths by default, paths relative to
 * the question ({@code ../x}) when both sit in the same repeat (so each repeat instance sees its
 * own answers), {@code current()/../x} inside choice filters, absolute paths inside
 * {@code indexed-repeat()}, and {@code ${last-saved#x}} against the last-saved instance.
 * Every substituted path is padded with one space each side, as pyxform writes it.
 */
final class ReferenceResolver {
    static final Pattern REFERENCE = Pattern.compile("\\$\\{(last-saved#)?([^}]*)}");
    static final String LAST_SAVED_INSTANCE = "__last-saved";

    /** How a reference is turned into a path. */
    enum Mode {
        /** Bind attributes, labels, defaults: relative inside a shared repeat. */
        RELATIVE,
        /** Choice filter predicates, evaluated against items: {@code current()/..}. */
        CURRENT,
        /** Always absolute. */
        ABSOLUTE
    }

    /** A piece of label text: literal text or an {@code <output value="..."/>}. */
    record Part(String text, boolean output) {
    }

    private final Map<String, List<FormElement>> byName = new LinkedHashMap<>();
    private static final String INSTANCE_ID = "instanceID";
    private final Diagnostics diag;
    private final String instanceIdPath;
    private boolean lastSavedUsed;

    /**
     * @param instanceIdReferable whether {@code ${instanceID}} names {@code meta/instanceID} (as in
     *                            pyxform, unless the form omits it)
     */
    ReferenceResolver(FormElement root, boolean instanceIdReferable, Diagnostics diag) {
        this.diag = diag;
        this.instanceIdPath = instanceIdReferable ? root.path() + "/meta/" + INSTANCE_ID : null;
        index(root);
    }

    private void index(FormElement e) {
        for (FormElement c : e.children) {
            byName.computeIfAbsent(c.name, k -> new ArrayList<>()).add(c);
            index(c);
        }
    }

    boolean lastSavedUsed() {
        return lastSavedUsed;
    }

    /** The single element called {@code name}, or null (reporting nothing). */
    FormElement find(String name) {
        List<FormElement> found = byName.get(name);
        return found == null || found.size() != 1 ? null : found.get(0);
    }

    static boolean hasReference(String text) {
        return text != null && REFERENCE.matcher(text).find();
    }

    /** The expression with every reference replaced, reporting unknown names at the given column. */
    String resolve(String expr, FormElement context, String column, Mode mode) {
        if (expr == null || expr.indexOf("${") < 0) {
            return expr;
        }
        boolean indexedRepeat = IndexedRepeatPaths.applies(expr);
        boolean secondary = expr.contains("instance(");
        Matcher m = REFERENCE.matcher(expr);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(expr, last, m.start());
            boolean absolute = indexedRepeat && IndexedRepeatPaths.absolute(expr, m.start(), m.end(), m.group(2).strip());
            Mode here = absolute ? Mode.ABSOLUTE
                    : mode == Mode.RELATIVE && secondary && insidePredicate(expr, m.start()) ? Mode.CURRENT : mode;
            out.append(' ').append(path(m.group(2).strip(), m.group(1) != null, context, column, here)).append(' ');
            last = m.end();
        }
        out.append(expr.substring(last));
        return out.toString();
    }

    /**
     * The expression as a predicate on the items of {@code itemsPath} (a repeat offered as
     * choices): references to questions inside that repeat become {@code ./x}, others are read from the current node.
     */
    String resolveAgainstItem(String expr, FormElement context, String column, String itemsPath) {
        Matcher m = REFERENCE.matcher(expr);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(expr, last, m.start());
            String name = m.group(2).strip();
            String path = path(name, m.group(1) != null, context, column, Mode.ABSOLUTE);
            if (path.startsWith(itemsPath + "/")) {
                path = "." + path.substring(itemsPath.length());
            } else if (m.group(1) == null && find(name) != null) {
                path = path(name, false, context, column, Mode.CURRENT);
            }
            out.append(' ').append(path).append(' ');
            last = m.end();
        }
        out.append(expr.substring(last));
        return out.toString();
    }

    /** Splits label text into literal parts and outputs for each reference. */
    List<Part> parts(String text, FormElement context, String column) {
        List<Part> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(text.substring(last, m.start()), false));
            }
            parts.add(new Part(" " + path(m.group(2).strip(), m.group(1) != null, context, column, Mode.RELATIVE)
                    + " ", true));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return parts;
    }

    private String path(String name, boolean lastSaved, FormElement context, String column, Mode mode) {
        return path(name, lastSaved, context, SurveyParser.SURVEY, context == null ? 0 : context.row, column, mode);
    }

    /**
     * A choice's label or media with references: each {@code ${name}} becomes an output of the
     * question's absolute path; unknown names are reported at the choice's row.
     */
    List<Part> choiceParts(String text, String sheet, int row, String column) {
        List<Part> parts = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(text.substring(last, m.start()), false));
            }
            parts.add(new Part(" " + path(m.group(2).strip(), m.group(1) != null, null, sheet, row, column,
                    Mode.ABSOLUTE) + " ", true));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return parts;
    }

    private String path(String name, boolean lastSaved, FormElement context, String sheet, int row, String column,
            Mode mode) {
        List<FormElement> found = byName.get(name);
        if ((found == null || found.isEmpty()) && name.equals(INSTANCE_ID) && instanceIdPath != null && !lastSaved) {
            return instanceIdPath;
        }
        if (found == null || found.isEmpty()) {
            diag.error(sheet, row, column, "form.compile.refUnknown", name);
            return "${" + name + "}";
        }
        if (found.size() > 1) {
            diag.error(sheet, row, column, "form.compile.refAmbiguous", name);
            return "${" + name + "}";
        }
        FormElement target = found.get(0);
        if (lastSaved) {
            lastSavedUsed = true;
            return "instance('" + LAST_SAVED_INSTANCE + "')" + target.path();
        }
        if (mode == Mode.ABSOLUTE || context == null) {
            return target.path();
        }
        String relative = relativePath(context, target);
        if (relative == null) {
            return target.path();
        }
        return mode == Mode.CURRENT ? "current()/" + relative : relative;
    }

    /**
     * pyxform's rule: relative only when the target's nearest enclosing repeat also encloses the
     * context. The path climbs from the context to their closest common ancestor.
     */
    static String relativePath(FormElement context, FormElement target) {
        FormElement targetRepeat = target.parent == null ? null : target.parent.nearestRepeat();
        FormElement contextRepeat = context.parent == null ? null : context.parent.nearestRepeat();
        if (targetRepeat == null || contextRepeat == null) {
            return null;
        }
        List<FormElement> ctx = context.ancestorsAndSelf();
        if (!ctx.contains(targetRepeat)) {
            return null;
        }
        List<FormElement> tgt = target.ancestorsAndSelf();
        int common = 0;
        while (common < ctx.size() && common < tgt.size() && ctx.get(common) == tgt.get(common)) {
            common++;
        }
        if (common == tgt.size()) {
            common--; // the target encloses the context (or is it): climb to its parent
        }
        if (common == ctx.size()) {
            common--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < ctx.size(); i++) {
            sb.append(sb.length() == 0 ? ".." : "/..");
        }
        for (int i = common; i < tgt.size(); i++) {
            sb.append('/').append(tgt.get(i).name);
        }
        return sb.toString();
    }

    /**
     * Whether the position sits inside a {@code [...]} predicate. In an expression that reads a
     * secondary instance, pyxform evaluates such references from the current node
     * ({@code current()/..}), since inside the predicate the context node is the item.
     */
    private static boolean insidePredicate(String expr, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            char c = expr.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth > 0;
    }
}
