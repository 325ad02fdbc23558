package org.campo.ui.forms;

import org.campo.form.runtime.Answer;
import org.campo.form.runtime.PromptType;

/** Where widgets send answers: the filler's view model, which saves them at once. */
public interface AnswerSink {
    boolean answer(String ref, Answer answer);

    void clear(String ref);

    boolean answerText(String ref, PromptType type, String text);

    /** Shows beside the question that what was entered is not a usable value. */
    void reject(String ref, String messageKey);

    static AnswerSink of(FormFillerViewModel model) {
        return new AnswerSink() {
            @Override
            public boolean answer(String ref, Answer answer) {
                return model.answer(ref, answer);
            }

            @Override
            public void clear(String ref) {
                model.clear(ref);
            }

            @Override
            public boolean answerText(String ref, PromptType type, String text) {
                return model.answerText(ref, type, text);
            }

            @Override
            public void reject(String ref, String messageKey) {
                model.reject(ref, messageKey);
            }
        };
    }
}
