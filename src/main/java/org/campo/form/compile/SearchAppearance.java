package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Selects whose appearance calls {@code search('file')} (ODK Collect's legacy CSV search). Collect
 * resolves their options from the CSV at run time and only reads the choices sheet's rows as the
 * column names to show, so pyxform writes those rows as inline {@code <item>}s rather than an
 * itemset over a secondary instance; this class does the same. Like pyxform it refuses what
 * cannot work: {@code search()} on a select from a file, and a choice list that a
 * {@code search()} select shares with a select without it.
 */
final class SearchAppearance {

    /** A choice written inline, with the itext id its label uses when the list is translated. */
    record ItextChoice(String id, Choice choice) {
    }

    private SearchAppearance() {
    }

    private static final Pattern SEARCH_CALL = Pattern.compile("search\\(.*?\\)");

    static boolean applies(FormElement e) {
        String appearance = e.forcedAppearance != null ? e.forcedAppearance : e.column("appearance");
        return appearance.contains("search(");
    }

    /** The checks pyxform makes on {@code search()} selects, reported on the question's row. */
    static void check(FormDefinition form, Diagnostics diag) {
        Map<String, List<FormElement>> searchByList = new LinkedHashMap<>();
        Map<String, List<String>> plainByList = new LinkedHashMap<>();
        List<FormElement> selects = new ArrayList<>();
        collectSelects(form.root, selects);
        for (FormElement q : selects) {
            if (!SEARCH_CALL.matcher(q.column("appearance")).find()) {
                plainByList.computeIfAbsent(q.listName, k -> new ArrayList<>()).add("\"" + q.name + "\"");
            } else if (q.type.isFromFile()) {
                diag.error(SurveyParser.SURVEY, q.row, q.header("appearance"), "form.compile.searchFromFile", q.name);
            } else {
                searchByList.computeIfAbsent(q.listName, k -> new ArrayList<>()).add(q);
            }
        }
        searchByList.forEach((list, questions) -> {
            List<String> plain = plainByList.get(list);
            if (plain != null) {
                for (FormElement q : questions) {
                    diag.error(SurveyParser.SURVEY, q.row, "type", "form.compile.searchListShared", q.name, list,
                            String.join(", ", plain));
                }
            }
        });
    }

    private static void collectSelects(FormElement container, List<FormElement> into) {
        for (FormElement e : container.children) {
            if (e.isContainer()) {
                collectSelects(e, into);
            } else if (e.listName != null && e.type != null && !e.generated) {
                into.add(e);
            }
        }
    }

    /** Writes each choice as {@code <item><label/><value/></item>}; translated labels go through itext. */
    static void items(ChoiceList list, XmlNode control, Consumer<ItextChoice> itext) {
        boolean useItext = list.needsItext();
        for (int i = 0; i < list.choices.size(); i++) {
            Choice c = list.choices.get(i);
            XmlNode item = control.child("item");
            if (useItext) {
                String id = list.name + "-" + i;
                item.child("label").attr("ref", "jr:itext('" + id + "')");
                itext.accept(new ItextChoice(id, c));
            } else {
                String label = c.texts().getOrDefault("label", Map.of()).get(ColumnName.DEFAULT_LANGUAGE);
                item.child("label").text(label == null ? "" : label);
            }
            item.child("value").text(c.name());
        }
    }
}
