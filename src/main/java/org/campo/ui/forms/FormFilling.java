package org.campo.ui.forms;

import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;

/**
 * What the filler needs from a submission being filled. Two kinds exist: a saved submission
 * ({@link SavedFilling}, every change written to the study at once) and a preview
 * ({@link PreviewFilling}, kept in memory only), so the same screen serves both.
 */
public interface FormFilling {

    /** The engine, for reading and navigating. */
    FormSession form();

    ValidationResult answer(String ref, Answer answer);

    ValidationResult clearAnswer(String ref);

    Screen addRepeat();

    Screen removeRepeat();

    /** Records the screen the user is on, so a draft reopens there. */
    void remember(Screen screen);

    /** Validates everything; on success the submission becomes final. */
    ValidationResult finalizeSubmission();

    /** Whether changes are written to the study (false for a preview). */
    boolean persistent();
}
