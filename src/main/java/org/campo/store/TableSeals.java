package org.campo.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.crypto.FieldCipher;

/**
 * Authenticated records of small tables whose rows the audit chain does not seal: a keyed hash
 * under the data key of every row's clear columns, in setting {@code table.seal.<table>},
 * rewritten by the repository in the transaction that adds or changes a row. An edit, a deletion
 * or a planted row made without the key no longer matches, and {@code study check --with-key}
 * names the table. Covered: tombstones (a deleted one would let withdrawn data come back through a
 * merge), sites' codes and dates, review statuses.
 */
public final class TableSeals {
    /** Table → its clear columns, in the order they are hashed (the first is the row's key). */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("tombstone", "id, kind, deleted_at, reason");
        TABLES.put("site", "id, code, created_at");
        TABLES.put("submission_review", "submission_id, status, reviewed_at, member_id");
    }

    private static final String PREFIX = "table.seal.";
    private static final String SINCE = "table.sealed";

    private TableSeals() {
    }

    /** Rewrites the record of {@code table} from its rows now (in the caller's transaction). */
    static void refresh(Database db, FieldCipher cipher, String table) {
        db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                PREFIX + table, compute(db, cipher, table));
    }

    /**
     * Seals the tables of a file from before these records existed, once: afterwards a missing
     * record counts as a change. Runs at unlock and at creation.
     */
    public static void sealOnce(Database db, FieldCipher cipher) {
        if (db.queryOne("SELECT count(*) FROM setting WHERE name = ?", rs -> rs.getLong(1), SINCE) > 0) {
            return;
        }
        TABLES.keySet().forEach(t -> refresh(db, cipher, t));
        db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", SINCE);
    }

    /** The tables whose rows no longer match their record (or whose record is missing). */
    public static List<String> changed(Database db, FieldCipher cipher) {
        List<String> out = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            String stored = db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), PREFIX + table);
            if (stored == null || !stored.equals(compute(db, cipher, table))) {
                out.add(table);
            }
        }
        return out;
    }

    private static String compute(Database db, FieldCipher cipher, String table) {
        String columns = TABLES.get(table);
        String key = columns.substring(0, columns.indexOf(','));
        StringBuilder rows = new StringBuilder();
        db.forEach("SELECT " + columns + " FROM " + table + " ORDER BY " + key, rs -> {
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                String v = rs.getString(i);
                rows.append(v == null ? "\u0000" : v.length() + ":" + v).append('|');
            }
            rows.append('\n');
        });
        return cipher.keyedHash("table/" + table, rows.toString());
    }
}
