package org.campo.model;

import java.time.Instant;

/**
 * A text to code: interview notes, a transcript, a field note or a document. Positions into
 * {@link #text} are Unicode code points from 0, end exclusive, everywhere in Campo (the unit of
 * REFI-QDA); only the UI converts to UTF-16 units, through {@code org.campo.qda.TextPositions}.
 *
 * @param caseId       the case (participant id) the text belongs to, or {@code null}
 * @param submissionId the interview submission the text was built from, or {@code null}
 */
public record Source(String id, String name, SourceKind kind, String caseId, String submissionId, String text,
                     Instant createdAt, Instant updatedAt) {

    /** The length of the text in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }
}
