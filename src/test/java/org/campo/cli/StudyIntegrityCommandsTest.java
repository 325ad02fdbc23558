package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code study backup} and {@code study check --with-key}, through the command line. */
class StudyIntegrityCommandsTest {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path home;

    private CliRun cli;
    private Path study;

    @BeforeEach
    void create() {
        cli = new CliRun(home).passphrase(PASS);
        study = home.resolve("tumbes.campo");
        CliRun.Result r = cli.run("study", "create", study.toString(), "--name", "Flujos Tumbes", "--user", "ana");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void theStudyFileIsReadableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(study))).isEqualTo("rw-------");
    }

    @Test
    void aBackupIsAVerifiedPrivateCopyThatOpensWithTheSamePassphrase() throws Exception {
        Path copy = home.resolve("backup").resolve("tumbes-copia.campo");
        Files.createDirectories(copy.getParent());

        CliRun.Result r = cli.run("study", "backup", study.toString(), "-o", copy.toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(cli.run("study", "info", copy.toString()).code()).isZero();
        assertThat(cli.run("study", "check", copy.toString(), "--with-key").code()).isZero();
        try (var files = Files.list(copy.getParent())) {
            assertThat(files).containsExactly(copy);
        }
    }

    @Test
    void aBackupDoesNotReplaceAFileUnlessForced() throws Exception {
        Path copy = home.resolve("copia.campo");
        Files.writeString(copy, "something else");

        CliRun.Result r = cli.run("study", "backup", study.toString(), "-o", copy.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(copy)).isEqualTo("something else");

        assertThat(cli.run("study", "backup", study.toString(), "-o", copy.toString(), "--force").code()).isZero();
    }

    @Test
    void theKeyedCheckFindsACutAuditTrailThatTheKeylessCheckCannotSee() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study);
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)");
        }

        assertThat(cli.run("study", "check", study.toString()).code()).isZero();
        CliRun.Result keyed = cli.run("study", "check", study.toString(), "--with-key");
        assertThat(keyed.code()).as(keyed.toString()).isEqualTo(1);
        assertThat(keyed.out()).contains("cut");
    }
}
