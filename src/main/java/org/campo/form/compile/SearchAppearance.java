package org.campo.form.compile;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Selects whose appearance calls {@code search('file')} (ODK Collect's legacy CSV search). Collect
 * resolves their options from the CSV at run time and only reads the choices sheet's rows as the
 * column names to show, so pyxform writes those rows as inline {@code <item>}s rather than an
 * itemset over a secondary instance; this class does the same.
 */
final class SearchAppearance {

    /** A choice written inline, with the itext id its label uses when the list is translated. */
    record ItextChoice(String id, Choice choice) {
    }

    private SearchAppearance() {
    }

    static boolean applies(FormElement e) {
        String appearance = e.forcedAppearance != null ? e.forcedAppearance : e.column("appearance");
        return appearance.contains("search(");
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
