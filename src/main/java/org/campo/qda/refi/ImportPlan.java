package org.campo.qda.refi;

import java.util.List;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.Source;

/**
 * Everything a REFI-QDA project will add to a study, worked out and checked before anything is
 * stored: new external coders, new codes (parents before children), cases with attributes,
 * sources, codings (positions already in Campo's unit over Campo's text), memos, and the report
 * of what is imported and what is left out and why. {@link QdpxImporter#apply} stores it in one
 * change, so an import is whole or absent.
 */
public record ImportPlan(String projectName, List<Coder> coders, List<Code> codes, List<CaseRecord> cases,
                         List<Source> sources, List<Coding> codings, List<Memo> memos, RefiReport report) {
    public ImportPlan {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        cases = List.copyOf(cases);
        sources = List.copyOf(sources);
        codings = List.copyOf(codings);
        memos = List.copyOf(memos);
    }

    /** Whether the plan adds nothing. */
    public boolean isEmpty() {
        return coders.isEmpty() && codes.isEmpty() && cases.isEmpty() && sources.isEmpty() && codings.isEmpty()
                && memos.isEmpty();
    }
}
