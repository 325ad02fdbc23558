package org.campo.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campo.model.DeviceHead;
import org.campo.model.MergeConflict;

/** What the coordinator's study remembers of merges: device heads, merged packages, conflicts. */
public interface MergeRepository {
    Optional<DeviceHead> deviceHead(String deviceId);

    List<DeviceHead> deviceHeads();

    void saveDeviceHead(DeviceHead head);

    boolean isMerged(String packageDigest);

    void recordPackage(String packageDigest, String deviceId, Instant at);

    void addConflict(MergeConflict conflict);

    List<MergeConflict> conflicts();

    void resolve(String conflictId, String keptChoice, Instant at);
}
