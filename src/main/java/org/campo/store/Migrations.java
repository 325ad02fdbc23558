package org.campo.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered schema migrations, applied in order inside one transaction each and recorded in
 * {@code PRAGMA user_version}. A study file written by an older Campo opens in a newer one;
 * a file from a newer Campo is refused rather than damaged.
 */
public final class Migrations {
    /** In order; the position (1-based) is the schema version each one produces. */
    static final List<String> SCRIPTS = List.of(
            "V001__study_members_devices_sites.sql",
            "V002__forms_submissions.sql",
            "V003__consent.sql",
            "V004__export_order_index.sql",
            "V005__qda.sql",
            "V006__integrity_marks.sql",
            "V007__submission_rows.sql",
            "V008__unique_instance.sql",
            "V009__submission_review.sql",
            "V010__matrix_summary.sql",
            "V011__merge.sql",
            "V012__submission_seal.sql",
            "V013__minimal_metadata.sql");

    /**
     * Steps that SQL alone cannot do (e.g. a digest), run in the same transaction right after the
     * script of the version they belong to.
     */
    private static final java.util.Map<Integer, java.util.function.Consumer<Database>> JAVA_STEPS =
            java.util.Map.of(6, KeySlotStore::addMissingDigests);

    private Migrations() {
    }

    public static int latestVersion() {
        return SCRIPTS.size();
    }

    static void apply(Database db) {
        apply(db, latestVersion());
    }

    /** Brings the file to {@code target}; used by tests to build files of older versions. */
    static void apply(Database db, int target) {
        int current = db.schemaVersion();
        if (current > latestVersion()) {
            throw new StoreException("store.tooNew", current, latestVersion());
        }
        for (int v = current + 1; v <= target; v++) {
            String sql = load(SCRIPTS.get(v - 1));
            int version = v;
            db.inTransaction(() -> db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : split(sql)) {
                        s.execute(statement);
                    }
                }
                java.util.function.Consumer<Database> step = JAVA_STEPS.get(version);
                if (step != null) {
                    step.accept(db);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = " + version);
                }
                return null;
            }));
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script on semicolons at line ends; comments are dropped. */
    static List<String> split(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                clean.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
