package org.campo.collect;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the Data section shows of a form's submissions; null or blank means "any".
 *
 * @param from   first day (inclusive) the submission was started, in {@code zone}
 * @param to     last day (inclusive)
 * @param search text looked for in the answers (case and accents ignored), the site and the enumerator
 */
public record SubmissionFilter(String siteCode, LocalDate from, LocalDate to, String enumerator, Status status,
                               String search, ZoneId zone) {

    /** Collection status and review status in one choice, as a reviewer filters them. */
    public enum Status { ANY, DRAFT, FINAL, APPROVED, NEEDS_ATTENTION, NOT_REVIEWED }

    public static SubmissionFilter all(ZoneId zone) {
        return new SubmissionFilter(null, null, null, null, Status.ANY, null, zone);
    }
}
