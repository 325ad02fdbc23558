package org.campo.audit;

import java.util.List;

/**
 * The result of checking the chain and the sealed rows.
 *
 * @param entries       how many entries were read
 * @param firstBrokenSeq the first sequence number whose entry was altered, removed or
 *                      inserted, or whose sealed row no longer matches; -1 when intact
 * @param problems      every problem found, as translatable message keys with arguments
 * @param head          the hash of the last entry
 */
public record AuditVerification(long entries, long firstBrokenSeq, List<Problem> problems, String head) {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One finding: {@code key} is a message key in the audit bundle. */
    public record Problem(long seq, String key, List<String> args) {
    }
}
