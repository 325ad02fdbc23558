package org.campo.ui.forms;

import org.campo.collect.FillingSession;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;

/** A submission in the study: every answer and every move is saved before the call returns. */
public final class SavedFilling implements FormFilling {
    private final FillingSession session;

    public SavedFilling(FillingSession session) {
        this.session = session;
    }

    public String submissionId() {
        return session.submissionId();
    }

    @Override
    public FormSession form() {
        return session.form();
    }

    @Override
    public ValidationResult answer(String ref, Answer answer) {
        return session.answer(ref, answer);
    }

    @Override
    public ValidationResult clearAnswer(String ref) {
        return session.clearAnswer(ref);
    }

    @Override
    public Screen addRepeat() {
        return session.addRepeat();
    }

    @Override
    public Screen removeRepeat() {
        return session.removeRepeat();
    }

    @Override
    public void remember(Screen screen) {
        session.remember(screen);
    }

    @Override
    public ValidationResult finalizeSubmission() {
        return session.finalizeSubmission();
    }

    @Override
    public boolean persistent() {
        return true;
    }
}
