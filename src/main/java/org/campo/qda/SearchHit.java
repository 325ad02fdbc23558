package org.campo.qda;

/**
 * A place where a search matched, with a little context: in a source's text, or in a memo
 * ({@link #memoId} set). Positions are [start, end) in code points of that text.
 *
 * @param sourceId   the source searched, or the source a memo is about ({@code null} for memos on
 *                   a code or the project)
 * @param sourceName the source's name; for a memo on a code, the code's path; {@code null} for a
 *                   project memo
 * @param caseCode   the source's case (participant code), or {@code null}
 * @param memoId     the memo the hit is in, or {@code null} for a hit in a source's text
 */
public record SearchHit(String sourceId, String sourceName, String caseCode, String memoId, int start, int end,
                        String before, String match, String after) {

    /** Whether the hit is in a memo rather than in a source's text (only those can be coded). */
    public boolean inMemo() {
        return memoId != null;
    }
}
