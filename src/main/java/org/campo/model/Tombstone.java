package org.campo.model;

import java.time.Instant;

/**
 * The id of a record that was destroyed (a withdrawn participant, their submissions). Every
 * export and merge carries tombstones, so copies made before the deletion can be purged too.
 *
 * @param kind {@link #PARTICIPANT} or {@link #SUBMISSION}
 */
public record Tombstone(String id, String kind, Instant deletedAt, String reason) {
    public static final String PARTICIPANT = "participant";
    public static final String SUBMISSION = "submission";
}
