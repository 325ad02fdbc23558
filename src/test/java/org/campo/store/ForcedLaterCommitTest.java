package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit whose force to the disk follows in the background (the filler's answers) is atomic and
 * visible to any other reader of the file as soon as it returns, that is, it is in SQLite's log
 * and survives the process dying; the background force serves it and stops with the file.
 */
class ForcedLaterCommitTest {
    @TempDir
    Path dir;

    @Test
    void aCommitIsInTheFileWhenItReturnsAndOnTheDiskAfterTheBackgroundForce() throws Exception {
        Path file = dir.resolve("s.campo");
        try (Database db = Database.open(file, true)) {
            db.update("INSERT INTO setting(name, value) VALUES ('a', '0')");
            for (int i = 1; i <= 20; i++) {
                String value = String.valueOf(i);
                db.inTransactionForcedLater(() -> db.update("UPDATE setting SET value = ? WHERE name = 'a'", value));
                // another connection (as after the app is killed) reads what was committed
                assertThat(readSetting(file)).isEqualTo(value);
            }
            db.awaitDisk();
            // the connection is back to waiting for the disk on ordinary commits
            assertThat(synchronous(db)).isEqualTo(2);
        }
        assertThat(readSetting(file)).isEqualTo("20");
    }

    @Test
    void aFailedChangeLeavesNothingAndTheNextCommitStillWorks() {
        try (Database db = Database.open(dir.resolve("s.campo"), true)) {
            db.update("INSERT INTO setting(name, value) VALUES ('a', 'kept')");
            assertThatThrownBy(() -> db.inTransactionForcedLater(() -> {
                db.update("UPDATE setting SET value = 'lost' WHERE name = 'a'");
                throw new IllegalStateException("interrupted");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(value(db)).isEqualTo("kept");
            db.inTransactionForcedLater(() -> db.update("UPDATE setting SET value = 'next' WHERE name = 'a'"));
            db.awaitDisk();
            assertThat(value(db)).isEqualTo("next");
            assertThat(synchronous(db)).isEqualTo(2);
        }
    }

    private static int synchronous(Database db) {
        Integer level = db.queryOne("PRAGMA synchronous", rs -> rs.getInt(1));
        return level;
    }

    private static String value(Database db) {
        String value = db.queryOne("SELECT value FROM setting WHERE name = 'a'", rs -> rs.getString(1));
        return value;
    }

    private static String readSetting(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM setting WHERE name = 'a'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
