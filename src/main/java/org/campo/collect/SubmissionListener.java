package org.campo.collect;

/**
 * Told after an interview is finalized or a final submission is edited, inside nothing: the
 * submission is already saved. The analysis feature listens, to build or update the interview's
 * source; the composition root wires it in, so collecting data does not depend on analysis.
 */
@FunctionalInterface
public interface SubmissionListener {
    void finalSaved(String submissionId);

    SubmissionListener NONE = submissionId -> { };
}
