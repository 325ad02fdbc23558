package org.campo.qda.triangulation;

/**
 * A coded segment as a quote.
 *
 * @param attribution who said it, as the options allow ("Key informant, government, Lima")
 * @param caseId      the case, so group-wise views can sort quotes; never printed
 */
public record Quote(String codeId, String sourceId, String caseId, int start, int end, String text,
                    String attribution) {
}
