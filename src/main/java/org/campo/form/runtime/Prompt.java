package org.campo.form.runtime;

import java.util.List;
import java.util.Optional;

/**
 * One question as the form filler shows it: everything is already evaluated and translated into
 * the session's current language, so a widget needs nothing else from the engine.
 *
 * @param ref               stable reference to this question, to pass back to {@link FormSession#answer}
 *                          or {@link FormSession#jumpTo}
 * @param path              instance path with repeat positions, e.g. {@code /data/hh[2]/age}
 * @param label             question text with {@code <output>} values filled in; may be empty
 * @param hint              hint text, or {@code null}
 * @param guidance          guidance hint, or {@code null}
 * @param appearance        the XForm appearance attribute, or {@code null}
 * @param choices           options of select questions (itemsets and choice filters evaluated)
 * @param constraintMessage the form's constraint message, or Campo's generic one
 * @param requiredMessage   the form's required message, or Campo's generic one
 * @param groupLabels       labels of the enclosing groups, outermost first (repeats numbered)
 * @param repeatPosition    1-based position in the innermost enclosing repeat, 0 outside repeats
 * @param sensitive         whether the field is marked {@code campo:sensitive}
 */
public record Prompt(String ref, String path, PromptType type, String label, String hint, String guidance,
                     String appearance, boolean required, boolean readOnly, List<ChoiceOption> choices,
                     Optional<Answer> answer, String constraintMessage, String requiredMessage,
                     Optional<RangeParameters> range, List<String> groupLabels, int repeatPosition,
                     boolean sensitive) {
    public Prompt {
        choices = List.copyOf(choices);
        groupLabels = List.copyOf(groupLabels);
    }
}
