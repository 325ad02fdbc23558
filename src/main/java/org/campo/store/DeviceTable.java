package org.campo.store;

import java.time.Instant;
import java.util.List;

/** Laptops that wrote to this study; registered on every unlock. */
public final class DeviceTable {
    private final Database db;

    public DeviceTable(Database db) {
        this.db = db;
    }

    public void touch(String deviceId, Instant at) {
        db.update("INSERT INTO device(id, first_seen, last_seen) VALUES (?,?,?) "
                + "ON CONFLICT(id) DO UPDATE SET last_seen = excluded.last_seen", deviceId, at.toString(), at.toString());
    }

    public List<String> ids() {
        return db.query("SELECT id FROM device ORDER BY first_seen", rs -> rs.getString(1));
    }
}
