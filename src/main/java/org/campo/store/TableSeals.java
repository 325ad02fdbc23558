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
 *
 * <p>The analysis tables (codings, codes, sources, memos, case attributes) are sealed the same way
 * and, so that the check can name the row, their record also lists each row's id with a keyed hash
 * of that row (setting {@code table.rows.<table>}); the sealed value is the keyed hash of that
 * list. The repositories mark the rows they change and the record is rewritten once, just before
 * the unit of work commits ({@link Database#beforeCommit}). A change to rows known by id (a coding,
 * code, source or memo added, edited or deleted; a case attribute set or deleted, whose ids are
 * looked up by case and name in the same transaction) recomputes only those rows' lines of the list
 * ({@link RowRefresh}), and only after finding the stored list to be the one Campo sealed, so a row
 * edited outside Campo stays named after later changes to other rows (imports and merges go row by
 * row through the same calls). Bulk changes rewrite the record of the bulk table from every row, in
 * one pass, and so seal over an outside edit of that table made before them: the codings when codes
 * are merged or a code or a source is deleted with its codings. The first tables (tombstones,
 * sites, reviews) are sealed as a whole and recomputed from the table at each change.
 */
public final class TableSeals {
    /** Table → its clear columns, in the order they are hashed (the first is the row's key). */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("tombstone", "id, kind, deleted_at, reason");
        TABLES.put("site", "id, code, created_at");
        TABLES.put("submission_review", "submission_id, status, reviewed_at, member_id");
        TABLES.put("coding", "id, source_id, start_cp, end_cp, code_id, coder_id, coded_at, detached");
        TABLES.put("code", "id, parent_id, color, codable, created_at");
        TABLES.put("source", "id, kind, case_id, submission_id, created_at, updated_at");
        TABLES.put("memo", "id, target, target_id, author_id, created_at, updated_at");
        TABLES.put("case_attribute", "id, case_id, name, sensitive, position");
    }

    /** The tables whose record lists each row, so that a changed, deleted or added row is named. */
    static final java.util.Set<String> ROW_LISTED = java.util.Set.of("coding", "code", "source", "memo", "case_attribute");
    private static final String ROWS = "table.rows.";
    /** Set once the analysis tables of a file are sealed (files sealed before had only the first tables). */
    private static final String SINCE_ANALYSIS = "table.sealed.analysis";

    private static final String PREFIX = "table.seal.";
    private static final String SINCE = "table.sealed";

    private TableSeals() {
    }

    /** Rewrites the record of {@code table} from its rows now (in the caller's transaction). */
    static void refresh(Database db, FieldCipher cipher, String table) {
        if (ROW_LISTED.contains(table)) {
            String rows = rowList(db, cipher, table);
            put(db, ROWS + table, rows);
            put(db, PREFIX + table, cipher.keyedHash("table/" + table, rows));
        } else {
            put(db, PREFIX + table, compute(db, cipher, table));
        }
    }

    /**
     * Marks {@code tables} changed by the current unit of work: their records are rewritten once,
     * just before it commits. Call inside {@link Database#inTransaction}.
     */
    static void touch(Database db, FieldCipher cipher, String... tables) {
        for (String table : tables) {
            if (ROW_LISTED.contains(table)) {
                db.beforeCommit(PREFIX + table, () -> new RowRefresh(db, cipher, table)).whole = true;
            } else {
                db.beforeCommit(PREFIX + table, () -> refresh(db, cipher, table));
            }
        }
    }

    /** Runs {@code work} in a transaction and marks {@code tables} changed by it (see {@link #touch}). */
    static <T> T changing(Database db, FieldCipher cipher, java.util.function.Supplier<T> work, String... tables) {
        return db.inTransaction(() -> {
            T result = work.get();
            touch(db, cipher, tables);
            return result;
        });
    }

    /**
     * Runs {@code work}, which adds, changes or deletes the row {@code id} of a row-listed table,
     * in a transaction; before it commits only that row's line of the record is rewritten (see
     * {@link RowRefresh}).
     */
    static void changingRow(Database db, FieldCipher cipher, Runnable work, String table, String id) {
        db.inTransaction(() -> {
            work.run();
            changedRow(db, cipher, table, id);
            return null;
        });
    }

    /**
     * Marks the row {@code id} of the row-listed {@code table} changed (added, edited or deleted)
     * by the current unit of work: before it commits only that row's line of the record is
     * rewritten (see {@link RowRefresh}). Call inside {@link Database#inTransaction}.
     */
    static void changedRow(Database db, FieldCipher cipher, String table, String id) {
        if (!ROW_LISTED.contains(table)) {
            throw new IllegalArgumentException(table + " is not sealed row by row");
        }
        db.beforeCommit(PREFIX + table, () -> new RowRefresh(db, cipher, table)).ids.add(id);
    }

    /**
     * The rows of one row-listed table changed by a unit of work. A coding is the analyst's most
     * frequent change: rewriting the record from every row made one coding among 30,000 cost
     * about 100 ms of CPU. Only the changed rows' lines are recomputed, into the stored list,
     * and only once that list is found to be the one Campo sealed: a list already edited outside
     * Campo is left as it is, and the lines of rows this work did not change keep their sealed
     * hashes, so the next coding, code, source, memo or attribute change cannot seal over an
     * edit of another row. Bulk changes ({@link #touch}: codes merged, a code or a source deleted
     * with its codings) rewrite the record of the bulk table from every row.
     */
    private static final class RowRefresh implements Runnable {
        private final Database db;
        private final FieldCipher cipher;
        private final String table;
        private final java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        private boolean whole;

        RowRefresh(Database db, FieldCipher cipher, String table) {
            this.db = db;
            this.cipher = cipher;
            this.table = table;
        }

        @Override
        public void run() {
            if (whole) {
                refresh(db, cipher, table);
                return;
            }
            String stored = setting(db, PREFIX + table);
            String storedRows = setting(db, ROWS + table);
            if (stored == null || storedRows == null || !stored.equals(cipher.keyedHash("table/" + table, storedRows))) {
                return; // missing or changed outside Campo: kept as the evidence study check reports
            }
            java.util.TreeMap<String, String> lines = new java.util.TreeMap<>(TableSeals::byCodePoints);
            lines.putAll(parse(storedRows));
            String columns = TABLES.get(table);
            String key = columns.substring(0, columns.indexOf(','));
            for (String id : ids) {
                lines.remove(lineId(id));
                db.forEach("SELECT " + columns + " FROM " + table + " WHERE " + key + " = ?",
                        rs -> lines.put(lineId(rs.getString(1)), rowHash(cipher, table, rs)), id);
            }
            StringBuilder list = new StringBuilder();
            lines.forEach((id, hash) -> list.append(id).append('\t').append(hash).append('\n'));
            String rows = list.toString();
            put(db, ROWS + table, rows);
            put(db, PREFIX + table, cipher.keyedHash("table/" + table, rows));
        }
    }

    /** The order of SQLite's {@code ORDER BY} on text (code points, as UTF-8 bytes compare). */
    private static int byCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static String lineId(String id) {
        return id.replace('\n', ' ').replace('\t', ' ');
    }

    private static void put(Database db, String name, String value) {
        db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                name, value);
    }

    /**
     * Seals the tables of a file from before these records existed, once: afterwards a missing
     * record counts as a change. Runs at unlock and at creation.
     */
    public static void sealOnce(Database db, FieldCipher cipher) {
        if (!isSet(db, SINCE)) {
            TABLES.keySet().stream().filter(t -> !ROW_LISTED.contains(t)).forEach(t -> refresh(db, cipher, t));
            db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", SINCE);
        }
        if (!isSet(db, SINCE_ANALYSIS)) {
            ROW_LISTED.forEach(t -> refresh(db, cipher, t));
            db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", SINCE_ANALYSIS);
        }
    }

    private static boolean isSet(Database db, String name) {
        return db.queryOne("SELECT count(*) FROM setting WHERE name = ?", rs -> rs.getLong(1), name) > 0;
    }

    private static String setting(Database db, String name) {
        return db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), name);
    }

    /** The tables whose rows no longer match their record (or whose record is missing). */
    public static List<String> changed(Database db, FieldCipher cipher) {
        return changedRows(db, cipher).stream().map(c -> c[0]).distinct().toList();
    }

    /**
     * What no longer matches its record, as {@code [table, row id]}: for the analysis tables each
     * changed, deleted or added row by its id (the row id is {@code *} when the list itself was
     * edited or is missing); for the other tables the table, row id {@code *}.
     */
    public static List<String[]> changedRows(Database db, FieldCipher cipher) {
        List<String[]> out = new ArrayList<>();
        for (String table : TABLES.keySet()) {
            String stored = setting(db, PREFIX + table);
            if (!ROW_LISTED.contains(table)) {
                if (stored == null || !stored.equals(compute(db, cipher, table))) {
                    out.add(new String[] {table, "*"});
                }
                continue;
            }
            String rows = rowList(db, cipher, table);
            if (stored != null && stored.equals(cipher.keyedHash("table/" + table, rows))) {
                continue;
            }
            String storedRows = setting(db, ROWS + table);
            if (stored == null || storedRows == null || !stored.equals(cipher.keyedHash("table/" + table, storedRows))) {
                out.add(new String[] {table, "*"});
                continue;
            }
            Map<String, String> then = parse(storedRows);
            Map<String, String> now = parse(rows);
            java.util.TreeSet<String> ids = new java.util.TreeSet<>(then.keySet());
            ids.addAll(now.keySet());
            for (String id : ids) {
                if (!java.util.Objects.equals(then.get(id), now.get(id))) {
                    out.add(new String[] {table, id});
                }
            }
        }
        return out;
    }

    private static Map<String, String> parse(String rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : rows.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }

    /** Each row as {@code id TAB keyed hash of its clear columns}, one a line, in id order. */
    private static String rowList(Database db, FieldCipher cipher, String table) {
        String columns = TABLES.get(table);
        StringBuilder out = new StringBuilder();
        db.forEach("SELECT " + columns + " FROM " + table + " ORDER BY id",
                rs -> out.append(lineId(rs.getString(1))).append('\t').append(rowHash(cipher, table, rs)).append('\n'));
        return out.toString();
    }

    /** The keyed hash of the row the result set stands on (its clear columns, in order). */
    private static String rowHash(FieldCipher cipher, String table, java.sql.ResultSet rs) throws java.sql.SQLException {
        int n = rs.getMetaData().getColumnCount();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String v = rs.getString(i);
            row.append(v == null ? "\u0000" : v.length() + ":" + v).append('|');
        }
        return cipher.keyedHash("row/" + table, row.toString()).substring(0, 32);
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
