package org.campo.model;

import java.time.Instant;

/**
 * The id of a record that was destroyed (a withdrawn participant, their submissions). Every
 * export and merge carries tombstones, so copies made before the deletion can be purged too.
 *
 * @param kind {@link #PARTICIPANT}, {@link #SUBMISSION}, or, for analysis data that followed a
 *             withdrawal or a deletion, {@link #SOURCE}, {@link #CODING}, {@link #MEMO}
 */
public record Tombstone(String id, String kind, Instant deletedAt, String reason) {
    public static final String PARTICIPANT = "participant";
    public static final String SUBMISSION = "submission";
    public static final String SOURCE = "source";
    public static final String CODING = "coding";
    public static final String MEMO = "memo";
}
