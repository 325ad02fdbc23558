package org.campo.qda.triangulation;

import java.util.Map;

/**
 * The researcher's summaries of matrix cells (a framework matrix), by code and column key.
 */
public record CellSummaries(Map<String, String> byCell) {
    public static final CellSummaries NONE = new CellSummaries(Map.of());

    public CellSummaries {
        byCell = Map.copyOf(byCell);
    }

    public static String key(String codeId, String columnKey) {
        return codeId + '\u001e' + columnKey;
    }

    /** The summary of a cell, or the empty string. */
    public String of(String codeId, String columnKey) {
        return byCell.getOrDefault(key(codeId, columnKey), "");
    }
}
