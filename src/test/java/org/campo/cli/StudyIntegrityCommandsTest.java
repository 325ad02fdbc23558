package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    private static final String FORM = "campo_flow_count";
    private static final String A = "uuid:11111111-1111-4111-8111-111111111111";
    private static final String B = "uuid:22222222-2222-4222-8222-222222222222";

    /** Imports the shipped count form and two submissions of it; returns their row ids (A, B). */
    private String[] twoSubmissions() throws Exception {
        Path form = home.resolve("flow-count.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        assertThat(cli.run("form", "import", study.toString(), form.toString()).code()).isZero();
        String version;
        try (var open = cli.context.studies().unlock(study, "ana", PASS.toCharArray())) {
            version = open.forms().latestVersions().get(0).version();
        }
        CliRun.Result r = cli.run("data", "import", study.toString(), "--form", FORM,
                instance("a.xml", version, A).toString(), instance("b.xml", version, B).toString());
        assertThat(r.code()).as(r.toString()).isZero();
        try (var open = cli.context.studies().unlock(study, "ana", PASS.toCharArray())) {
            return new String[] {open.submissions().findByInstance(A).orElseThrow(),
                    open.submissions().findByInstance(B).orElseThrow()};
        }
    }

    private Path instance(String name, String version, String uuid) throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"" + FORM + "\" version=\"" + version
                + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>1</group_seq></crossing><meta><instanceID>" + uuid + "</instanceID></meta></data>";
        Path p = home.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void anEditedOrDeletedCodingIsNamedByTheKeyedCheck() throws Exception {
        String[] ids = new String[3];
        org.campo.app.AppContext ctx = org.campo.testsupport.TestApp.context(home.resolve("app"));
        try (org.campo.study.OpenStudy open = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            org.campo.qda.QdaServices qda = ctx.qda(open);
            var source = qda.sources().addNote("Entrevista", org.campo.model.SourceKind.INTERVIEW_NOTES, null,
                    "Cruzamos por la trocha de noche y nadie nos pidió papeles.");
            var ruta = qda.codebook().create(null, "Ruta", null, null);
            ids[0] = qda.codings().code(source.id(), 0, 8, ruta.id()).id();
            ids[1] = qda.codings().code(source.id(), 13, 20, ruta.id()).id();
            ids[2] = qda.codings().code(source.id(), 31, 44, ruta.id()).id();
            qda.codings().uncode(ids[2]);
        }
        assertThat(cli.run("study", "check", study.toString(), "--with-key").code()).isZero();

        sql("UPDATE coding SET start_cp = 1 WHERE id = '" + ids[0] + "'", "DELETE FROM coding WHERE id = '" + ids[1] + "'");
        CliRun.Result check = cli.run("study", "check", study.toString(), "--with-key");
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains("Row " + ids[0] + " of table coding", "Row " + ids[1] + " of table coding")
                .doesNotContain(ids[2]);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study);
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    @Test
    void aCiphertextMovedToAnotherSubmissionIsNamedByExportAndCheckNeverAsACrash() throws Exception {
        String[] ids = twoSubmissions();
        sql("UPDATE submission SET instance_enc = (SELECT instance_enc FROM submission WHERE id = '" + ids[0]
                + "') WHERE id = '" + ids[1] + "'", "DELETE FROM submission_row");

        CliRun.Result export = cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("out").toString());
        assertThat(export.code()).as(export.toString()).isEqualTo(1);
        assertThat(export.err()).contains("instance_enc").contains(ids[1]).contains("damaged or was moved")
                .doesNotContain("CryptoException");

        CliRun.Result skipped = cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("out2").toString(), "--skip-damaged");
        assertThat(skipped.code()).as(skipped.toString()).isZero();
        assertThat(skipped.out()).contains("Wrote 1 submission(s)").contains("Left out submission " + ids[1]);

        CliRun.Result check = cli.run("study", "check", study.toString(), "--with-key");
        assertThat(check.code()).as(check.toString()).isEqualTo(1);
        assertThat(check.out()).contains(ids[1]);

        CliRun.Result removed = cli.run("data", "quarantine", study.toString(), "--submission", ids[1]);
        assertThat(removed.code()).as(removed.toString()).isZero();
        CliRun.Result clean = cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("out3").toString());
        assertThat(clean.code()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains("Wrote 1 submission(s)");
    }

    @Test
    void aDamagedKeptRowStopsTheExportWithASentenceNamingIt() throws Exception {
        String[] ids = twoSubmissions();
        assertThat(cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("first").toString()).code()).isZero();
        sql("UPDATE submission_row SET row_enc = (SELECT row_enc FROM submission_row WHERE submission_id = '"
                + ids[0] + "') WHERE submission_id = '" + ids[1] + "'");

        CliRun.Result export = cli.run("--lang", "es", "export", "dataset", study.toString(), "--form", FORM,
                "--format", "csv", "-o", home.resolve("out").toString());

        assertThat(export.code()).as(export.toString()).isEqualTo(1);
        assertThat(export.err()).contains("row_enc").contains("submission_row").contains("dañado");
    }

    @Test
    void anEditOfAnyClearColumnOfASubmissionIsFoundByTheKeyedCheckAndStopsTheExport() throws Exception {
        String[] ids = twoSubmissions();
        Path pristine = home.resolve("pristine.campo");
        Files.copy(study, pristine);
        String where = " WHERE id = '" + ids[1] + "'";
        for (String edit : new String[] {"form_ref = form_ref || 'x'", "status = 'draft'", "site_code = 'LIMA'",
                "created_at = '2001-01-01T00:00:00Z'", "participant_id = '" + ids[0] + "'",
                "member_id = coalesce(member_id, '') || 'x'", "columns_seal = NULL"}) {
            Files.copy(pristine, study, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sql("UPDATE submission SET " + edit + where);

            CliRun.Result check = cli.run("study", "check", study.toString(), "--with-key");
            assertThat(check.code()).as(edit + ": " + check).isEqualTo(1);
            assertThat(check.out()).as(edit).contains(ids[1]).contains("columns_seal").doesNotContain(ids[0]);
        }
        Files.copy(pristine, study, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        sql("UPDATE submission SET site_code = 'LIMA'" + where);
        CliRun.Result export = cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("out").toString());
        assertThat(export.code()).as(export.toString()).isEqualTo(1);
        assertThat(export.err()).contains(ids[1]).contains("changed outside Campo");
        CliRun.Result skipped = cli.run("export", "dataset", study.toString(), "--form", FORM, "--format", "csv",
                "-o", home.resolve("out2").toString(), "--skip-damaged");
        assertThat(skipped.code()).as(skipped.toString()).isZero();
        assertThat(skipped.out()).contains("Wrote 1 submission(s)").contains("Left out submission " + ids[1]);
    }

    @Test
    void submissionsFromBeforeSealsAreSealedOnceAtUnlock() throws Exception {
        String[] ids = twoSubmissions();
        sql("UPDATE submission SET columns_seal = NULL", "DELETE FROM setting WHERE name = 'submission_seals'");

        CliRun.Result check = cli.run("study", "check", study.toString(), "--with-key");

        assertThat(check.code()).as(check.toString()).isZero();
        sql("UPDATE submission SET columns_seal = NULL WHERE id = '" + ids[0] + "'");
        assertThat(cli.run("study", "check", study.toString(), "--with-key").code()).isEqualTo(1);
    }

    @Test
    void anImportedSubmissionDeletedBehindCampoIsFoundWhileAnAuditedDeletionIsNot() throws Exception {
        String[] ids = twoSubmissions();
        try (var open = cli.context.studies().unlock(study, "ana", PASS.toCharArray())) {
            cli.context.submissions(open).delete(ids[0]);
        }
        assertThat(cli.run("study", "check", study.toString(), "--with-key").code()).isZero();

        sql("DELETE FROM submission WHERE id = '" + ids[1] + "'");

        CliRun.Result keyless = cli.run("study", "check", study.toString());
        assertThat(keyless.code()).as(keyless.toString()).isEqualTo(1);
        assertThat(keyless.out() + keyless.err()).contains(ids[1]).doesNotContain(ids[0]);
        assertThat(cli.run("study", "check", study.toString(), "--with-key").code()).isEqualTo(1);
    }
}
