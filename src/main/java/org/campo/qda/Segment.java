package org.campo.qda;

import java.util.Map;
import org.campo.model.Coding;

/**
 * A coded segment as retrieval shows it: the words, a little context, and its attribution.
 *
 * @param codePath        the code's path in the codebook ({@code Barreras/Salud})
 * @param caseCode        the participant code of the source's case, or {@code null}
 * @param coderName       the user name of the coder
 * @param attributes      the case's attributes (sensitive ones included: exports decide what to show)
 * @param directQuotation whether the participant allowed direct quotation
 */
public record Segment(Coding coding, String codePath, String sourceId, String sourceName, String caseId,
                      String caseCode, String coderName, String before, String text, String after,
                      Map<String, String> attributes, boolean directQuotation) {
}
