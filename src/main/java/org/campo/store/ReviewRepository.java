package org.campo.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.campo.model.Correction;
import org.campo.model.ReviewStatus;

/** Review statuses of submissions and the corrections made to them. */
public interface ReviewRepository {
    /** Sets (or replaces) the review status of a submission. */
    void setStatus(String submissionId, ReviewStatus status, Instant at, String memberId);

    /** Every reviewed submission's status, by submission id. */
    Map<String, ReviewStatus> statuses();

    void addCorrection(Correction correction);

    /** The corrections of one submission, oldest first. */
    List<Correction> corrections(String submissionId);

    /** Every correction, oldest first (for exports). */
    void forEachCorrection(Consumer<Correction> consumer);
}
