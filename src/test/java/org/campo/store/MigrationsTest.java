package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
    @TempDir
    Path dir;

    static java.util.stream.IntStream olderVersions() {
        return java.util.stream.IntStream.range(1, Migrations.latestVersion());
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    @Test
    void freshFileReachesTheLatestVersion() {
        try (Database db = Database.open(dir.resolve("new.campo"), true)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.integrityCheck()).containsExactly("ok");
        }
    }

    @ParameterizedTest
    @MethodSource("olderVersions")
    void olderFileUpgradesToLatestKeepingItsData(int version) throws Exception {
        Path file = dir.resolve("v" + version + ".campo");
        // Build the file as an older Campo would have left it.
        sql(file, "PRAGMA user_version = 0");
        try (Database db = openWithoutMigrating(file)) {
            Migrations.apply(db, version);
            assertThat(db.schemaVersion()).isEqualTo(version);
            db.update("INSERT INTO study(id, name, created_at) VALUES ('st1', 'Tumbes 2024', '2024-01-01T00:00:00Z')");
            db.update("INSERT INTO member(id, user_name, role, created_at) VALUES ('m1', 'ana', 'coordinator', "
                    + "'2024-01-01T00:00:00Z')");
            db.update("INSERT INTO site(id, code, details_enc, created_at) VALUES ('s1', 'TUM', x'00', "
                    + "'2024-01-01T00:00:00Z')");
        }

        try (Database db = Database.open(file, false)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new StudyTable(db).get().name()).isEqualTo("Tumbes 2024");
            assertThat(new SqliteMemberRepository(db).findByUserName("ana")).isPresent();
            String code = db.queryOne("SELECT code FROM site WHERE id = 's1'", rs -> rs.getString(1));
            assertThat(code).isEqualTo("TUM");
            // the tables of later versions exist and work
            int consents = db.queryOne("SELECT count(*) FROM consent", rs -> rs.getInt(1));
            assertThat(consents).isZero();
        }
    }

    /**
     * Wraps a plain connection in a Database without migrating it: {@code Database.open} always
     * brings a file to the latest schema, and an older file is what this test needs to build.
     */
    private static Database openWithoutMigrating(Path file) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        var constructor = Database.class.getDeclaredConstructor(Path.class, Connection.class);
        constructor.setAccessible(true);
        return constructor.newInstance(file, c);
    }

    @Test
    void fileFromANewerCampoIsRefused() throws Exception {
        Path file = dir.resolve("newer.campo");
        try (Database db = Database.open(file, true)) {
            db.update("INSERT INTO study(id, name, created_at) VALUES ('st1', 'x', '2024-01-01T00:00:00Z')");
        }
        sql(file, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));

        assertThatThrownBy(() -> Database.open(file, false))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.tooNew"));
    }

    @Test
    void sqliteFileThatIsNotAStudyIsRefused() throws Exception {
        Path file = dir.resolve("other.db");
        sql(file, "CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT)", "INSERT INTO photos(path) VALUES ('a.jpg')");

        assertThatThrownBy(() -> Database.open(file, false))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.notAStudy"));
    }

    @Test
    void missingFileIsRefused() {
        assertThatThrownBy(() -> Database.open(dir.resolve("nope.campo"), false))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.notFound"));
    }

    @Test
    void creatingOverAnExistingFileIsRefused() throws Exception {
        Path file = dir.resolve("taken.campo");
        sql(file, "CREATE TABLE t(x)");

        assertThatThrownBy(() -> Database.open(file, true))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.exists"));
    }

    @Test
    void splitDropsCommentsAndSplitsOnStatementEnds() {
        String script = "-- a table\nCREATE TABLE a (\n    x TEXT, -- trailing note\n    y INTEGER\n);\n"
                + "  -- indented comment;\nCREATE INDEX a_x ON a(x);\n\nINSERT INTO a VALUES ('p;q', 1);";

        assertThat(Migrations.split(script)).containsExactly(
                "CREATE TABLE a (\n    x TEXT, -- trailing note\n    y INTEGER\n)",
                "CREATE INDEX a_x ON a(x)",
                "INSERT INTO a VALUES ('p;q', 1)");
    }

    @Test
    void splitOfOnlyCommentsIsEmpty() {
        assertThat(Migrations.split("-- nothing here;\n\n   -- nor here\n")).isEmpty();
    }
}
