package org.campo.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the coordinator's study remembers of merges: device heads, merged packages, conflicts. */
public interface MergeRepository {
    /** The newest audit entry merged from a laptop. */
    record DeviceHead(String deviceId, long seq, String hash, Instant mergedAt) {
    }

    /** Two versions of one instance; {@code keptChoice} is set once resolved. */
    record Conflict(String id, String keptId, String otherId, String deviceId, Instant detectedAt,
                    Instant resolvedAt, String keptChoice) {
    }

    Optional<DeviceHead> deviceHead(String deviceId);

    List<DeviceHead> deviceHeads();

    void saveDeviceHead(DeviceHead head);

    boolean isMerged(String packageDigest);

    void recordPackage(String packageDigest, String deviceId, Instant at);

    void addConflict(Conflict conflict);

    List<Conflict> conflicts();

    void resolve(String conflictId, String keptChoice, Instant at);
}
