package org.campo.qda.agreement;

/**
 * One line of an agreement report: a code in a source, a code over all sources
 * ({@code sourceId == null}), a source over all codes ({@code codeId == null}), or the overall
 * figure (both {@code null}).
 */
public record AgreementRow(String codeId, String sourceId, AgreementFigures figures) {
}
