package org.campo.qda;

import java.util.List;
import org.campo.model.Source;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;

/**
 * Everything of a study's qualitative analysis that an export reads, taken at one moment and
 * already filtered by what the reading member may see (the IRB role gets none of it).
 */
public record QdaSnapshot(String studyId, String studyName, List<Coder> coders, List<Code> codes,
                          List<Source> sources, List<Coding> codings, List<Memo> memos, List<CaseRecord> cases) {
}
