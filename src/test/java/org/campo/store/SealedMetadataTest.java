package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.audit.AuditLog;
import org.campo.common.ProgressListener;
import org.campo.crypto.DataKey;
import org.campo.crypto.FieldCipher;
import org.campo.crypto.KeyWrapper;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.FormVersion;
import org.campo.model.ParticipantRow;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.DeepCheck;
import org.campo.study.OpenStudy;
import org.campo.study.StudyInternals;
import org.campo.study.StudyService;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealed metadata (schema 13): a study file written by the previous schema, with participant codes,
 * login names, consent decisions, a withdrawal and audit details in clear and a verified chain,
 * converts at unlock and still verifies, with and without the key; and edits made with a plain
 * SQLite client to the new seals are found.
 */
class SealedMetadataTest {
    private static final String PASS = "quinua kiwicha cañihua";
    private static final String NAME = "anabel-quispe";
    private static final String CODE = "KI-OLDFILE-07";

    @TempDir
    Path dir;

    @Test
    void aFileOfThePreviousSchemaConvertsAtUnlockAndStillVerifies() throws Exception {
        Path file = dir.resolve("v12.campo");
        String oldHead = buildVersion12File(file);
        assertThat(contains(file, CODE)).as("the old file has the code in clear").isTrue();
        StudyService studies = TestApp.context(dir.resolve("home")).studies();

        // opening migrates the schema; before unlock nothing is converted and the chain still verifies
        assertThat(studies.summary(file).userNames()).containsExactly(NAME);
        try (Database db = Database.open(file, false)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new AuditLog(db, Clock.systemUTC()).verify().ok()).isTrue();
        }

        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            Repositories r = study.repositories();
            assertThat(r.participants().findByCode(CODE)).map(ParticipantRow::id).contains("p1");
            ConsentRow consent = r.consents().consents().get(0);
            assertThat(consent.decisions()).containsEntry("participate", true).containsEntry("audio", false);
            assertThat(consent.minor()).isTrue();
            assertThat(consent.mode()).isEqualTo("verbal");
            assertThat(r.consents().withdrawals().get(0).participantCode()).isEqualTo(CODE);
            assertThat(r.consents().withdrawals().get(0).scope()).isEqualTo("keep");
            assertThat(r.members().all()).extracting(m -> m.userName()).containsExactly(NAME);
            List<AuditEntry> entries = study.audit().entries(1, 100);
            assertThat(entries).anyMatch(e -> ("code=" + CODE).equals(e.details()));
            assertThat(entries).anyMatch(e -> NAME.equals(e.actor()));
            AuditEntry record = entries.stream().filter(e -> AuditAction.METADATA_SEALED.equals(e.action()))
                    .findFirst().orElseThrow();
            assertThat(record.subjectId()).as("the head the re-linked chain replaced").isEqualTo(oldHead);
            assertThat(DeepCheck.run(study, ProgressListener.NONE).ok()).isTrue();
            assertThat(study.audit().verifyWithKey().ok()).isTrue();
        }

        try (Database db = Database.open(file, false)) {
            assertThat(new AuditLog(db, Clock.systemUTC()).verify().ok()).as("key-less check after conversion").isTrue();
            assertThat(db.<String>queryOne("SELECT decisions FROM consent", rs -> rs.getString(1))).isNull();
            assertThat(db.<String>queryOne("SELECT user_name FROM member", rs -> rs.getString(1))).isNotEqualTo(NAME);
        }
        assertThat(studies.summary(file).userNames()).as("names are no longer listed").isEmpty();
        for (String clear : List.of(CODE, NAME, "participate=1", "Tumbes reason")) {
            assertThat(contains(file, clear)).as(clear).isFalse();
            assertThat(contains(Path.of(file + "-wal"), clear)).as(clear + " in the WAL").isFalse();
        }
        // a second unlock changes nothing more
        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            assertThat(study.audit().entries(1, 1000)).filteredOn(e -> AuditAction.METADATA_SEALED.equals(e.action()))
                    .hasSize(1);
        }
    }

    @Test
    void aFileWhoseChainIsBrokenIsNotConvertedSoTheBreakStaysVisible() throws Exception {
        Path file = dir.resolve("broken.campo");
        buildVersion12File(file);
        sql(file, "UPDATE audit SET details = 'code=KI-OTHER' WHERE seq = 2");
        StudyService studies = TestApp.context(dir.resolve("home")).studies();

        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            assertThat(study.repositories().participants().findByCode(CODE)).isPresent();
            assertThat(study.audit().verify().ok()).isFalse();
            assertThat(study.audit().entries(1, 100)).noneMatch(e -> AuditAction.METADATA_SEALED.equals(e.action()));
        }
    }

    @Test
    void editsOfTheNewSealsAreFoundByTheKeyedCheck() throws Exception {
        Path file = dir.resolve("new.campo");
        StudyService studies = TestApp.context(dir.resolve("home")).studies();
        try (OpenStudy study = studies.create(file, "Flujos", NAME, Role.COORDINATOR, PASS.toCharArray()).study()) {
            study.addMember("rosa-mamani", Role.RESEARCHER, "olluco papa oca".toCharArray());
            String form = "f1";
            study.forms().add(new FormVersion(form, "flow", "1", "0".repeat(64), "Flujo",
                    "x".getBytes(StandardCharsets.UTF_8), "<h:html/>", Instant.now()));
            study.changes().run(c -> {
                c.repositories().participants().add(new ParticipantRow("p1", CODE, Instant.now(), false), Map.of());
                c.repositories().participants().add(new ParticipantRow("p2", "KI-OTHER-02", Instant.now(), false),
                        Map.of());
                c.repositories().tombstones().add(new org.campo.model.Tombstone("gone-1", "submission", Instant.now(),
                        "deleted"));
                c.audit("test.participants", "two");
            });
            study.addSite(new org.campo.model.Site("s1", "TUM", "CEBAF Tumbes", -3.5, -80.4));
            for (String id : List.of("d1", "d2")) {
                Instant now = Instant.now();
                study.submissions().insert(new Submission(id, form, SubmissionStatus.DRAFT, 1, now, now, null,
                        study.deviceId(), study.member().id(), null, "<data><meta><instanceID>uuid:" + id
                        + "</instanceID></meta></data>"));
            }
            assertThat(DeepCheck.run(study, ProgressListener.NONE).ok()).isTrue();
        }

        sql(file, "DELETE FROM submission WHERE id = 'd2'",
                // p2's lookup hash moved to p1: looking up p2's code would find p1
                "UPDATE participant SET code = 'moved:' || code WHERE id = 'p2'",
                "UPDATE participant SET code = substr((SELECT code FROM participant WHERE id = 'p2'), 7) WHERE id = 'p1'",
                // a tombstone deleted would let a withdrawn record come back through a merge
                "DELETE FROM tombstone WHERE id = 'gone-1'",
                "UPDATE site SET code = 'TACNA' WHERE id = 's1'");

        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            DeepCheck.Result result = DeepCheck.run(study, ProgressListener.NONE);
            assertThat(result.damaged()).extracting(d -> d.table() + "/" + d.rowId() + "/" + d.column())
                    .contains("submission/drafts/" + DeepCheck.DRAFTS, "participant/p1/code", "participant/p2/code",
                            "tombstone/*/" + DeepCheck.TABLES, "site/*/" + DeepCheck.TABLES)
                    .doesNotContain("submission_review/*/" + DeepCheck.TABLES);
            assertThatThrownBy(() -> study.repositories().participants().findByCode("KI-OTHER-02"))
                    .isInstanceOfSatisfying(DamagedValueException.class, e -> assertThat(e.rowId()).isEqualTo("p1"));
        }
    }

    @Test
    void aDraftAddedFinalizedOrDeletedThroughCampoKeepsTheRecordTrue() throws Exception {
        Path file = dir.resolve("drafts.campo");
        StudyService studies = TestApp.context(dir.resolve("home")).studies();
        try (OpenStudy study = studies.create(file, "Flujos", NAME, Role.COORDINATOR, PASS.toCharArray()).study()) {
            study.forms().add(new FormVersion("f1", "flow", "1", "0".repeat(64), "Flujo",
                    "x".getBytes(StandardCharsets.UTF_8), "<h:html/>", Instant.now()));
            Instant now = Instant.now();
            Submission draft = new Submission("d1", "f1", SubmissionStatus.DRAFT, 1, now, now, null,
                    study.deviceId(), study.member().id(), null, "<data><meta><instanceID>uuid:d1</instanceID></meta></data>");
            study.submissions().insert(draft);
            study.submissions().update(new Submission("d1", "f1", SubmissionStatus.DRAFT, 2, now, now, null,
                    study.deviceId(), study.member().id(), null, draft.instanceXml()));
            Database db = StudyInternals.database(study);
            FieldCipher cipher = StudyInternals.cipher(study);
            assertThat(DraftSeal.matches(db, cipher)).isTrue();
            study.submissions().update(new Submission("d1", "f1", SubmissionStatus.FINAL, 3, now, now, null,
                    study.deviceId(), study.member().id(), null, draft.instanceXml()));
            assertThat(DraftSeal.matches(db, cipher)).isTrue();
            study.submissions().insert(new Submission("d2", "f1", SubmissionStatus.DRAFT, 1, now, now, null,
                    study.deviceId(), study.member().id(), null, "<data/>"));
            study.changes().run(c -> {
                c.repositories().submissions().delete("d2");
                c.audit("test.deleted", "d2");
            });
            assertThat(DraftSeal.matches(db, cipher)).isTrue();
        }
    }

    @Test
    void editsOfTheAnalysisTablesNameTheRowAndNormalUseStaysClean() throws Exception {
        Path file = dir.resolve("qda.campo");
        StudyService studies = TestApp.context(dir.resolve("home")).studies();
        try (OpenStudy study = studies.create(file, "Flujos", NAME, Role.COORDINATOR, PASS.toCharArray()).study()) {
            Instant now = Instant.now();
            String me = study.member().id();
            study.changes().run(c -> {
                var r = c.repositories();
                r.sources().add(new org.campo.model.Source("s1", "Entrevista 1", org.campo.model.SourceKind.TRANSCRIPT,
                        "case-1", null, "Llegamos por Tumbes en marzo, de noche.", now, now));
                r.codes().add(new org.campo.model.Code("k1", null, "Ruta", null, null, null, null, "#336699", true, now));
                r.codes().add(new org.campo.model.Code("k2", "k1", "Frontera", null, null, null, null, "#993366", true,
                        now));
                for (String id : List.of("c1", "c2", "c3")) {
                    r.codings().add(new org.campo.model.Coding(id, "s1", 0, 8, "k2", me, now, false));
                }
                r.memos().add(new org.campo.model.Memo("m1", org.campo.model.MemoTarget.CODE, "k2", "Nota", "texto", me,
                        now, now));
                c.audit("test.qda", "analysis");
            });
            // normal use: one coding more, one removed, a code merged into another, one unit of work each
            study.changes().run(c -> {
                c.repositories().codings().add(new org.campo.model.Coding("c4", "s1", 9, 15, "k1", me, now, false));
                c.audit("test.qda", "coded");
            });
            study.changes().run(c -> {
                c.repositories().codings().delete("c4");
                c.audit("test.qda", "uncoded");
            });
            assertThat(DeepCheck.run(study, ProgressListener.NONE).ok()).isTrue();
        }
        // a file sealed before the analysis tables had records gets them at unlock and verifies
        sql(file, "DELETE FROM setting WHERE name LIKE 'table.%.coding' OR name LIKE 'table.%.code' "
                + "OR name LIKE 'table.%.source' OR name LIKE 'table.%.memo' OR name LIKE 'table.%.case_attribute' "
                + "OR name = 'table.sealed.analysis'");
        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged()).isEmpty();
        }

        sql(file, "UPDATE coding SET start_cp = 2, end_cp = 20 WHERE id = 'c1'",
                "DELETE FROM coding WHERE id = 'c2'",
                "UPDATE code SET parent_id = NULL WHERE id = 'k2'",
                "UPDATE memo SET target_id = 'k1' WHERE id = 'm1'",
                "UPDATE source SET case_id = 'case-2' WHERE id = 's1'");

        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            DeepCheck.Result result = DeepCheck.run(study, ProgressListener.NONE);
            assertThat(result.damaged()).extracting(d -> d.table() + "/" + d.rowId() + "/" + d.column())
                    .contains("coding/c1/" + DeepCheck.TABLES, "coding/c2/" + DeepCheck.TABLES,
                            "code/k2/" + DeepCheck.TABLES, "memo/m1/" + DeepCheck.TABLES,
                            "source/s1/" + DeepCheck.TABLES)
                    .doesNotContain("coding/c3/" + DeepCheck.TABLES, "code/k1/" + DeepCheck.TABLES);

            // the analyst codes on: that coding's line is rewritten, the edited ones stay named
            String me = study.member().id();
            study.changes().run(c -> {
                c.repositories().codings().add(new org.campo.model.Coding("c5", "s1", 0, 4, "k1", me, Instant.now(),
                        false));
                c.audit("test.qda", "coded");
            });
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged())
                    .extracting(d -> d.table() + "/" + d.rowId() + "/" + d.column())
                    .contains("coding/c1/" + DeepCheck.TABLES, "coding/c2/" + DeepCheck.TABLES)
                    .doesNotContain("coding/c5/" + DeepCheck.TABLES);
        }
        // the list of rows itself edited (to hide an edit) names the table
        sql(file, "UPDATE setting SET value = replace(value, 'c3', 'c9') WHERE name = 'table.rows.coding'");
        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged())
                    .extracting(d -> d.table() + "/" + d.rowId()).contains("coding/*");
        }
    }

    @Test
    void anOutsideEditOfAMemoCodeSourceOrAttributeStaysNamedAfterLaterChangesToOtherRows() throws Exception {
        Path file = dir.resolve("rows.campo");
        StudyService studies = TestApp.context(dir.resolve("home")).studies();
        Instant now = Instant.now();
        try (OpenStudy study = studies.create(file, "Flujos", NAME, Role.COORDINATOR, PASS.toCharArray()).study()) {
            String me = study.member().id();
            study.changes().run(c -> {
                var r = c.repositories();
                for (String id : List.of("s1", "s2", "s3")) {
                    r.sources().add(new org.campo.model.Source(id, "Entrevista " + id,
                            org.campo.model.SourceKind.TRANSCRIPT, "case-1", null, "Llegamos por Tumbes.", now, now));
                }
                for (String id : List.of("k1", "k2", "k3")) {
                    r.codes().add(new org.campo.model.Code(id, null, "Ruta " + id, null, null, null, null, "#336699",
                            true, now));
                }
                for (String id : List.of("m1", "m2", "m3")) {
                    r.memos().add(new org.campo.model.Memo(id, org.campo.model.MemoTarget.CODE, "k1", "Nota", "texto",
                            me, now, now));
                }
                for (String name : List.of("ciudad", "grupo", "edad")) {
                    r.caseAttributes().put(new org.campo.model.CaseAttribute("case-1", name, "valor", false));
                }
                c.audit("test.qda", "analysis");
            });
            assertThat(DeepCheck.run(study, ProgressListener.NONE).ok()).isTrue();
        }

        // edited with a plain SQLite client, without the key
        sql(file, "UPDATE code SET color = '#000000' WHERE id = 'k1'",
                "UPDATE memo SET target_id = 'k2' WHERE id = 'm1'",
                "UPDATE source SET case_id = 'case-9' WHERE id = 's1'",
                "UPDATE case_attribute SET sensitive = 1 WHERE case_id = 'case-1' AND name = 'ciudad'");
        String ciudad = "case_attribute/" + queryOne(file, "SELECT id FROM case_attribute WHERE name = 'ciudad'");
        List<String> edited = List.of("code/k1", "memo/m1", "source/s1", ciudad);

        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged())
                    .extracting(d -> d.table() + "/" + d.rowId()).containsAll(edited);

            // then legitimate changes to other rows of the same tables, one unit of work each
            String me = study.member().id();
            Instant later = now.plusSeconds(60);
            study.changes().run(c -> {
                c.repositories().codes().update(new org.campo.model.Code("k2", null, "Frontera", "definición", null,
                        null, null, "#993366", true, now));
                c.audit("test.qda", "code edited");
            });
            study.changes().run(c -> {
                c.repositories().codes().add(new org.campo.model.Code("k4", "k2", "Retorno", null, null, null, null,
                        "#669933", true, later));
                c.repositories().codes().delete("k3");
                c.audit("test.qda", "codebook");
            });
            study.changes().run(c -> {
                c.repositories().memos().update(new org.campo.model.Memo("m2", org.campo.model.MemoTarget.CODE, "k1",
                        "Nota", "texto corregido", me, now, later));
                c.audit("test.qda", "memo edited");
            });
            study.changes().run(c -> {
                c.repositories().memos().add(new org.campo.model.Memo("m4", org.campo.model.MemoTarget.PROJECT, null,
                        null, "otra nota", me, later, later));
                c.repositories().memos().delete("m3");
                c.audit("test.qda", "memos");
            });
            study.changes().run(c -> {
                c.repositories().sources().update(new org.campo.model.Source("s2", "Entrevista 2b",
                        org.campo.model.SourceKind.TRANSCRIPT, "case-2", null, "Llegamos por Tumbes, de noche.", now,
                        later));
                c.audit("test.qda", "source edited");
            });
            study.changes().run(c -> {
                c.repositories().sources().add(new org.campo.model.Source("s4", "Diario", org.campo.model.SourceKind.FIELD_NOTE,
                        null, null, "Frontera cerrada.", later, later));
                c.repositories().sources().delete("s3");
                c.audit("test.qda", "sources");
            });
            study.changes().run(c -> {
                c.repositories().caseAttributes().put(new org.campo.model.CaseAttribute("case-1", "grupo", "otro", true));
                c.repositories().caseAttributes().put(new org.campo.model.CaseAttribute("case-1", "idioma", "quechua",
                        false));
                c.repositories().caseAttributes().delete("case-1", "edad");
                c.audit("test.qda", "attributes");
            });

            // the outside edits are still named; the legitimate changes (k2-k4, m2-m4, s2-s4, the
            // attributes grupo, idioma and edad) are not
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged())
                    .extracting(d -> d.table() + "/" + d.rowId())
                    .containsExactlyInAnyOrderElementsOf(edited);
        }
        // a case's attributes deleted together: the edited one goes with its case, nothing else is named
        try (OpenStudy study = studies.unlock(file, NAME, PASS.toCharArray())) {
            study.changes().run(c -> {
                c.repositories().caseAttributes().deleteCase("case-1");
                c.audit("test.qda", "case removed");
            });
            assertThat(DeepCheck.run(study, ProgressListener.NONE).damaged())
                    .extracting(d -> d.table() + "/" + d.rowId())
                    .containsExactlyInAnyOrder("code/k1", "memo/m1", "source/s1");
        }
    }

    // ------------------------------------------------------------------------------------------

    /**
     * Builds a study file as the previous schema (12) left it: clear participant code, login name,
     * consent decisions and withdrawal, audit details in clear with a chain sealed under the key.
     *
     * @return the chain's head
     */
    private String buildVersion12File(Path file) throws Exception {
        DataKey key = DataKey.generate();
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            var constructor = Database.class.getDeclaredConstructor(Path.class, Connection.class);
            constructor.setAccessible(true);
            Database db = constructor.newInstance(file, c);
            Migrations.apply(db, 12);
            db.update("INSERT INTO study(id, name, created_at) VALUES ('st1', 'Flujos Tumbes', ?)", t.toString());
            db.update("INSERT INTO setting(name, value) VALUES ('study.state', 'complete')");
            ColumnSeals.markSealed(db);
            db.update("INSERT INTO member(id, user_name, role, created_at, active) VALUES ('m1', ?, 'coordinator', ?, 1)",
                    NAME, t.toString());
            new KeySlotStore(db).add(new KeySlotRecord("slot-m1", KeySlotRecord.Kind.PASSPHRASE, "m1",
                    new KeyWrapper(TestApp.CHEAP_KDF).wrap(key, PASS.toCharArray(), "slot-m1")));
            db.update("INSERT INTO participant(id, code, created_at, withdrawn) VALUES ('p1', ?, ?, 1)", CODE,
                    t.toString());
            new SqliteConsentRepository(db, key).addScript(new ConsentScriptRow("cs1", "main", 1, "es", "Consentimiento",
                    "Texto", "0".repeat(64), List.of("participate", "audio"), t));
            db.update("INSERT INTO consent(id, participant_id, script_id, mode, decisions, obtained_at, site_code, "
                    + "member_id, minor, guardian_consent, assent) VALUES ('c1', 'p1', 'cs1', 'verbal', "
                    + "'participate=1,audio=0', ?, 'TUM', 'm1', 1, 1, 1)", t.toString());
            db.update("INSERT INTO withdrawal(id, participant_id, participant_code, withdrawn_at, scope, member_id, "
                    + "reason_enc) VALUES ('w1', 'p1', ?, ?, 'keep', 'm1', ?)", CODE, t.toString(),
                    key.sealText("withdrawal", "reason_enc", "w1", "Tumbes reason"));
            // the chain as schema 12 wrote it: actor and details in clear, the head sealed under the key
            AuditLog audit = new AuditLog(db, Clock.systemUTC());
            audit.append(NAME, AuditAction.STUDY_CREATED, "member", "m1", true, "study=st1 role=coordinator");
            audit.append(NAME, AuditAction.PARTICIPANT_ADDED, "participant", "p1", true, "code=" + CODE);
            audit.append(NAME, AuditAction.CONSENT_RECORDED, "consent", "c1", true, "code=" + CODE);
            audit.append(NAME, AuditAction.WITHDRAWAL, "withdrawal", "w1", true, "code=" + CODE + " scope=keep");
            AuditEntry last = audit.entries(4, 1).get(0);
            db.update("INSERT INTO setting(name, value) VALUES ('audit.seal', ?)", Base64.getEncoder().encodeToString(
                    key.sealText("setting", "value", "audit.seal", last.seq() + "|" + last.hash())));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return last.hash();
        }
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private static String queryOne(Path file, String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static boolean contains(Path file, String text) throws Exception {
        if (!Files.exists(file)) {
            return false;
        }
        byte[] data = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
