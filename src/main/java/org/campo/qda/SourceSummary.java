package org.campo.qda;

import org.campo.model.SourceKind;

/**
 * A line of the sources list: what it is, whose it is, how long and how much is coded.
 *
 * @param caseCode the participant code of the case, or {@code null}
 * @param length   in code points
 * @param codings  codings the member sees (their own only, in blind mode)
 */
public record SourceSummary(String id, String name, SourceKind kind, String caseId, String caseCode,
                            String submissionId, int length, int codings) {
}
