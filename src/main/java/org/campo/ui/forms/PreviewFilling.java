package org.campo.ui.forms;

import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;

/**
 * A form tried out before anyone collects with it: the engine runs in memory and nothing is
 * written to the study, so a preview leaves no submission and no audit entry behind.
 */
public final class PreviewFilling implements FormFilling {
    private final FormSession form;

    public PreviewFilling(FormSession form) {
        this.form = form;
    }

    @Override
    public FormSession form() {
        return form;
    }

    @Override
    public ValidationResult answer(String ref, Answer answer) {
        return form.answer(ref, answer);
    }

    @Override
    public ValidationResult clearAnswer(String ref) {
        return form.clearAnswer(ref);
    }

    @Override
    public Screen addRepeat() {
        return form.addRepeat();
    }

    @Override
    public Screen removeRepeat() {
        return form.removeRepeat();
    }

    @Override
    public void remember(Screen screen) {
        // nothing to remember: a preview is never reopened
    }

    @Override
    public ValidationResult finalizeSubmission() {
        return form.validateAll().orElseGet(() -> org.campo.form.runtime.ValidationResult.ok(null));
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
