package org.campo.study;

import java.time.Instant;
import org.campo.model.Tombstone;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.store.Repositories;

/**
 * Deletes analysis data inside a change, leaving a tombstone for every deleted row so that
 * exports and merges carry the deletion: a source with its codings and the memos on both, or
 * everything of a case (a withdrawal that destroys data). Shared by the analysis services and
 * the consent feature, which must not depend on each other.
 */
public final class AnalysisErasure {
    private AnalysisErasure() {
    }

    /** Deletes a source, its codings and the memos on them; returns {codings, memos} deleted. */
    public static int[] eraseSource(Repositories r, String sourceId, Instant at, String reason) {
        int codings = 0;
        int memos = 0;
        for (Coding k : r.codings().ofSource(sourceId)) {
            for (Memo m : r.memos().of(MemoTarget.CODING, k.id())) {
                r.memos().delete(m.id());
                r.tombstones().add(new Tombstone(m.id(), Tombstone.MEMO, at, reason));
                memos++;
            }
            r.codings().delete(k.id());
            r.tombstones().add(new Tombstone(k.id(), Tombstone.CODING, at, reason));
            codings++;
        }
        for (Memo m : r.memos().of(MemoTarget.SOURCE, sourceId)) {
            r.memos().delete(m.id());
            r.tombstones().add(new Tombstone(m.id(), Tombstone.MEMO, at, reason));
            memos++;
        }
        r.sources().delete(sourceId);
        r.tombstones().add(new Tombstone(sourceId, Tombstone.SOURCE, at, reason));
        return new int[] {codings, memos};
    }

    /** Deletes every source of a case with its codings and memos, and the case's attributes; returns {sources, codings, memos}. */
    public static int[] eraseCase(Repositories r, String caseId, Instant at, String reason) {
        int[] n = new int[3];
        for (String sourceId : r.sources().idsOfCase(caseId)) {
            int[] k = eraseSource(r, sourceId, at, reason);
            n[0]++;
            n[1] += k[0];
            n[2] += k[1];
        }
        r.caseAttributes().deleteCase(caseId);
        return n;
    }
}
