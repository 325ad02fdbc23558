package org.campo.form.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A node of the survey tree built from the survey sheet: the form root, a group, a repeat or
 * a question. It keeps the cells of its row already sorted into translatable texts and plain
 * columns, and its row number so every later check can point back at the sheet.
 */
final class FormElement {

    enum Kind { ROOT, GROUP, REPEAT, QUESTION }

    final Kind kind;
    final String name;
    final int row;
    FormElement parent;
    final List<FormElement> children = new ArrayList<>();
    /** Column base (label, hint, image...) to language to text. */
    final Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    /** Untranslated columns by canonical name (relevant, constraint, bind::x, ...). */
    final Map<String, String> columns = new LinkedHashMap<>();
    /** The header each canonical column came from, for located messages. */
    final Map<String, String> headers = new LinkedHashMap<>();
    QuestionType type;
    String listName;
    boolean orOther;
    Map<String, String> parameters = Map.of();
    /** Created by the compiler (or_other text, table-list label row), not written by the author. */
    boolean generated;
    /** For table-list label rows: the appearance pyxform gives them. */
    String forcedAppearance;
    /**
     * A group or repeat of a form with the {@code flat} setting: it has no node of its own in the
     * instance, so it appears in no path (its own path is its parent's).
     */
    boolean flat;
    /** For {@code begin loop over LIST}: the choice list whose choices each get a copy of the children. */
    String loopList;

    FormElement(Kind kind, String name, int row) {
        this.kind = kind;
        this.name = name;
        this.row = row;
    }

    void add(FormElement child) {
        child.parent = this;
        children.add(child);
    }

    /**
     * A copy with {@code substitute} applied to its own name and cells (not to its children's,
     * which are copied as they are), as pyxform does for the questions of a loop.
     */
    FormElement copy(UnaryOperator<String> substitute, BiFunction<String, String, String> substituteText) {
        FormElement c = new FormElement(kind, substitute.apply(name), row);
        texts.forEach((base, byLang) -> {
            Map<String, String> copied = new LinkedHashMap<>();
            byLang.forEach((lang, text) -> copied.put(lang, substituteText.apply(lang, text)));
            c.texts.put(base, copied);
        });
        columns.forEach((k, v) -> c.columns.put(k, substitute.apply(v)));
        c.headers.putAll(headers);
        c.type = type;
        c.listName = listName;
        c.orOther = orOther;
        c.parameters = parameters;
        c.generated = generated;
        c.forcedAppearance = forcedAppearance;
        c.flat = flat;
        c.loopList = loopList;
        for (FormElement child : children) {
            c.add(child.copy(UnaryOperator.identity(), (lang, text) -> text));
        }
        return c;
    }

    String path() {
        // iterative: the nesting depth comes from the workbook
        Deque<String> names = new ArrayDeque<>();
        for (FormElement e = this; e != null; e = e.parent) {
            if (e.parent == null || !e.flat) {
                names.push(e.name);
            }
        }
        StringBuilder sb = new StringBuilder();
        names.forEach(n -> sb.append('/').append(n));
        return sb.toString();
    }

    String column(String base) {
        String v = columns.get(base);
        return v == null ? "" : v;
    }

    String header(String base) {
        return headers.getOrDefault(base, base);
    }

    Map<String, String> text(String base) {
        return texts.getOrDefault(base, Map.of());
    }

    boolean isQuestion() {
        return kind == Kind.QUESTION;
    }

    boolean isContainer() {
        return kind != Kind.QUESTION;
    }

    /** The nearest enclosing repeat (this element included when it is a repeat), or null. */
    FormElement nearestRepeat() {
        for (FormElement e = this; e != null; e = e.parent) {
            if (e.kind == Kind.REPEAT) {
                return e;
            }
        }
        return null;
    }

    boolean isInsideRepeat() {
        return parent != null && parent.nearestRepeat() != null;
    }

    List<FormElement> ancestorsAndSelf() {
        List<FormElement> chain = new ArrayList<>();
        for (FormElement e = this; e != null; e = e.parent) {
            chain.add(0, e);
        }
        return chain;
    }

    @Override
    public String toString() {
        return kind + " " + path();
    }
}
