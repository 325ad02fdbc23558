package org.campo.form.runtime;

import java.util.List;

/**
 * What the form filler shows at one position: the start, one or more questions (a field-list
 * group puts several on one screen), the question whether to add another repeat, or the end.
 *
 * @param ref         reference of this position, for {@link FormSession#jumpTo} and for drafts
 * @param prompts     the questions on this screen (empty unless {@link Kind#QUESTIONS})
 * @param breadcrumb  labels of the enclosing groups, outermost first
 * @param repeatLabel for {@link Kind#ADD_REPEAT}: the label of the repeat group
 * @param repeatCount for {@link Kind#ADD_REPEAT}: how many instances exist already
 */
public record Screen(Kind kind, String ref, List<Prompt> prompts, List<String> breadcrumb,
                    String repeatLabel, int repeatCount) {
    public enum Kind { BEGINNING, QUESTIONS, ADD_REPEAT, END }

    public Screen {
        prompts = List.copyOf(prompts);
        breadcrumb = List.copyOf(breadcrumb);
    }
}
