package org.campo.model;

import java.time.Instant;

/**
 * A researcher's note.
 *
 * @param targetId the source, code or coding id; {@code null} for a project memo
 */
public record Memo(String id, MemoTarget target, String targetId, String title, String text, String authorId,
                   Instant createdAt, Instant updatedAt) {
}
