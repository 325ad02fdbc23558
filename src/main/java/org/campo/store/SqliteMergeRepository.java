package org.campo.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campo.model.DeviceHead;
import org.campo.model.MergeConflict;

/** Merge bookkeeping in SQLite; ids, digests and hashes only, nothing that needs the key. */
final class SqliteMergeRepository implements MergeRepository {
    private final Database db;

    SqliteMergeRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<DeviceHead> deviceHead(String deviceId) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM device_head WHERE device_id = ?", SqliteMergeRepository::head,
                deviceId));
    }

    @Override
    public List<DeviceHead> deviceHeads() {
        return db.query("SELECT * FROM device_head ORDER BY device_id", SqliteMergeRepository::head);
    }

    @Override
    public void saveDeviceHead(DeviceHead h) {
        db.update("INSERT INTO device_head(device_id, seq, hash, merged_at) VALUES (?,?,?,?) ON CONFLICT(device_id) "
                        + "DO UPDATE SET seq = excluded.seq, hash = excluded.hash, merged_at = excluded.merged_at",
                h.deviceId(), h.seq(), h.hash(), h.mergedAt().toString());
    }

    @Override
    public boolean isMerged(String packageDigest) {
        return db.queryOne("SELECT count(*) FROM merged_package WHERE digest = ?", rs -> rs.getInt(1), packageDigest) > 0;
    }

    @Override
    public void recordPackage(String packageDigest, String deviceId, Instant at) {
        db.update("INSERT INTO merged_package(digest, device_id, merged_at) VALUES (?,?,?)", packageDigest, deviceId,
                at.toString());
    }

    @Override
    public void addConflict(MergeConflict c) {
        db.update("INSERT INTO merge_conflict(id, kept_id, other_id, device_id, detected_at) VALUES (?,?,?,?,?)",
                c.id(), c.keptId(), c.otherId(), c.deviceId(), c.detectedAt().toString());
    }

    @Override
    public List<MergeConflict> conflicts() {
        return db.query("SELECT * FROM merge_conflict ORDER BY detected_at, id", rs -> new MergeConflict(rs.getString("id"),
                rs.getString("kept_id"), rs.getString("other_id"), rs.getString("device_id"),
                Instant.parse(rs.getString("detected_at")),
                rs.getString("resolved_at") == null ? null : Instant.parse(rs.getString("resolved_at")),
                rs.getString("kept_choice")));
    }

    @Override
    public void resolve(String conflictId, String keptChoice, Instant at) {
        db.update("UPDATE merge_conflict SET resolved_at = ?, kept_choice = ? WHERE id = ?", at.toString(), keptChoice,
                conflictId);
    }

    private static DeviceHead head(ResultSet rs) throws SQLException {
        return new DeviceHead(rs.getString("device_id"), rs.getLong("seq"), rs.getString("hash"),
                Instant.parse(rs.getString("merged_at")));
    }
}
