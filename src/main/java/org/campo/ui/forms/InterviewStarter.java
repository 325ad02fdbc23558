package org.campo.ui.forms;

import java.util.function.Consumer;
import org.campo.collect.FormSummary;
import org.campo.collect.StartOptions;

/**
 * Takes over "new submission" for forms that need a participant and their consent first
 * (interviews). The consent feature implements it, so the Forms section stays unaware of how
 * participants and consent are captured; the service's consent gate still checks every start.
 */
public interface InterviewStarter {

    /** Whether a new submission of this form needs a participant first. */
    boolean handles(FormSummary form);

    /**
     * Asks for the participant (and their consent when missing), then calls {@code start} with
     * the participant's options. {@code start} throws the gate's refusal when consent is missing.
     */
    void begin(FormSummary form, Consumer<StartOptions> start);
}
