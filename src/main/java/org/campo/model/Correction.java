package org.campo.model;

import java.time.Instant;

/**
 * A correction of one answer of a final submission: the value it replaced is kept here (sealed
 * like the submission itself), with the reason given and who made it.
 *
 * @param variable the question's name (XLSForm {@code name}, with {@code [n]} inside repeats)
 * @param rev      the submission's revision the correction produced
 */
public record Correction(String id, String submissionId, int rev, Instant at, String memberId, String variable,
                         String oldValue, String newValue, String reason) {
}
