package org.campo.model;

import java.time.Instant;

/**
 * Two versions of one instance (same instanceID, different content) met in a merge; both are kept
 * until the coordinator chooses. {@code keptChoice} is the submission kept, once resolved.
 */
public record MergeConflict(String id, String keptId, String otherId, String deviceId, Instant detectedAt,
                            Instant resolvedAt, String keptChoice) {
}
