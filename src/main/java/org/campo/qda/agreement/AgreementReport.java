package org.campo.qda.agreement;

import java.util.List;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Source;

/**
 * Inter-coder agreement of a study: per code in each source, per code, per source and overall.
 *
 * @param coders         the coders compared, in the order asked
 * @param codes          the codes compared, in codebook order
 * @param sources        the sources every compared coder coded
 * @param skippedSources sources some of the coders did not code at all (left out)
 * @param cells          per code and source, only where at least one coder used the code there
 * @param perCode        per code over all sources, in codebook order
 * @param perSource      per source over all codes
 * @param overall        over every code and source
 * @param differences    stretches where the coders disagree, to discuss and reconcile
 */
public record AgreementReport(String studyName, List<Coder> coders, List<Code> codes, List<Source> sources,
                              int skippedSources, List<AgreementRow> cells, List<AgreementRow> perCode,
                              List<AgreementRow> perSource, AgreementRow overall, List<Difference> differences) {
}
