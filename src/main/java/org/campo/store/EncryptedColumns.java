package org.campo.store;

import java.util.ArrayList;
import java.util.List;
import org.campo.crypto.CryptoException;
import org.campo.crypto.FieldCipher;

/**
 * Walks every encrypted value of a study file and opens it with its row-bound associated data
 * ({@code campo/v1|table|column|id}). Every repository seals values that way, with the SQL column
 * name, so the walk needs no knowledge of the features: a new table with {@code *_enc} columns is
 * covered as soon as it exists. Used by the keyed {@code study check}.
 */
public final class EncryptedColumns {
    /** A value that did not open: damaged, or moved from another row. */
    public record Damage(String table, String rowId, String column) {
    }

    /** Where the walk is, for progress. */
    public interface Progress {
        void at(String table, long rowsDone, long rowsTotal);
    }

    private final Database db;

    public EncryptedColumns(Database db) {
        this.db = db;
    }

    /** The number of rows the walk will visit. */
    public long rowCount() {
        long total = 0;
        for (String table : tables()) {
            total += db.queryOne("SELECT count(*) FROM \"" + table + "\"", rs -> rs.getLong(1));
        }
        return total;
    }

    public List<Damage> verify(FieldCipher cipher, Progress progress) {
        List<Damage> damage = new ArrayList<>();
        long[] done = {0};
        long total = rowCount();
        for (String table : tables()) {
            List<String> columns = encryptedColumns(table);
            String sql = "SELECT id, " + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList())
                    + " FROM \"" + table + "\"";
            db.forEach(sql, rs -> {
                String id = rs.getString(1);
                for (int i = 0; i < columns.size(); i++) {
                    byte[] value = rs.getBytes(i + 2);
                    if (value == null) {
                        continue;
                    }
                    try {
                        cipher.open(table, columns.get(i), id, value);
                    } catch (CryptoException e) {
                        damage.add(new Damage(table, id, columns.get(i)));
                    }
                }
                if (++done[0] % 500 == 0) {
                    progress.at(table, done[0], total);
                }
            });
        }
        progress.at("", total, total);
        return damage;
    }

    private List<String> tables() {
        return db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                rs -> rs.getString(1)).stream()
                .filter(t -> hasColumn(t, "id") && !encryptedColumns(t).isEmpty())
                .toList();
    }

    private boolean hasColumn(String table, String column) {
        return columns(table).contains(column);
    }

    private List<String> encryptedColumns(String table) {
        return columns(table).stream().filter(c -> c.endsWith("_enc")).toList();
    }

    private List<String> columns(String table) {
        return db.query("SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1), table);
    }
}
