package org.campo.form.compile;

/**
 * Choices taken from earlier answers in a repeat ({@code select_one ${name}}), as pyxform
 * writes them: the itemset iterates the repeat that holds {@code name} (addressed relative to
 * the select when both share an outer repeat), offers the non-empty answers, and uses the
 * answer as both value and label. A choice filter is evaluated on each repeat instance, so
 * references into that repeat become {@code ./x}.
 */
final class RepeatChoices {

    private RepeatChoices() {
    }

    static boolean isRepeatReference(String listName) {
        return listName != null && listName.startsWith("${") && listName.endsWith("}");
    }

    /** Writes the itemset, or reports that the reference does not name a question in a repeat. */
    static void itemset(FormElement select, XmlNode control, ReferenceResolver refs, Diagnostics diag) {
        String name = select.listName.substring(2, select.listName.length() - 1).strip();
        FormElement answer = refs.find(name);
        FormElement repeat = answer == null || answer.parent == null ? null : answer.parent.nearestRepeat();
        if (repeat == null) {
            diag.error(SurveyParser.SURVEY, select.row, select.header("type"), "form.compile.repeatChoicesUnknown",
                    name);
            return;
        }
        String valueRef = answer.path().substring(repeat.path().length() + 1);
        String relative = ReferenceResolver.relativePath(select, repeat);
        String nodeset = relative == null ? repeat.path() : relative;
        String filter = select.column("choice_filter");
        if (filter.isEmpty()) {
            nodeset += "[./" + valueRef + " != '']";
        } else {
            nodeset += "[" + refs.resolveAgainstItem(filter, select, select.header("choice_filter"), repeat.path())
                    + "]";
        }
        XmlNode itemset = control.child("itemset").attr("nodeset", nodeset);
        itemset.child("value").attr("ref", valueRef);
        itemset.child("label").attr("ref", valueRef);
    }
}
