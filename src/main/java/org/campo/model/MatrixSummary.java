package org.campo.model;

import java.time.Instant;

/**
 * A researcher's summary of one matrix cell: a theme in a group of cases.
 *
 * @param columnKey the group ({@link MatrixColumn#keyOf}): attribute names and values
 */
public record MatrixSummary(String id, String codeId, String columnKey, String text, String authorId,
                            Instant updatedAt) {
}
