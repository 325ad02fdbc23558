package org.campo.store;
import org.campo.model.SubmissionStatus;
import org.campo.model.Submission;
import org.campo.model.Site;
import org.campo.model.Role;
import org.campo.model.FormVersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.campo.crypto.KdfParameters;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the study file with plain JDBC, as someone holding a seized laptop would. */
class RawColumnsTest {
    private static final String SECRET_NAME = "Refugio Casa Esperanza";
    private static final String SECRET_ANSWER = "Vine huyendo de Maracaibo con mis dos hijos";

    @TempDir
    Path dir;

    @Test
    void encryptedColumnsNeverHoldPlaintext() throws Exception {
        Path file = dir.resolve("study.campo");
        StudyService service = new StudyService(Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC),
                "dev-1", new KdfParameters(8192, 1, 1), new UnlockThrottle(ms -> { }));
        CreatedStudy created = service.create(file, "Frontera norte", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray());
        try (OpenStudy study = created.study()) {
            study.addSite(new Site("s1", "TUM", SECRET_NAME, -3.5669, -80.4515));
            String formRef = org.campo.common.Ids.newId();
            study.forms().add(new FormVersion(formRef, "household", "1", "0".repeat(64), "Hogar secreto",
                    "xlsform bytes secret".getBytes(StandardCharsets.UTF_8), "<h:html>secret form</h:html>",
                    Instant.parse("2024-03-01T12:00:00Z")));
            Instant t = Instant.parse("2024-03-01T12:05:00Z");
            study.submissions().insert(new Submission("sub1", formRef, SubmissionStatus.FINAL, 1, t, t, "TUM", "dev-1",
                    study.member().id(), null, "<data><story>" + SECRET_ANSWER + "</story></data>"));
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            assertSealed(s, "SELECT details_enc FROM site", SECRET_NAME, "-80.4515");
            assertSealed(s, "SELECT instance_enc FROM submission", SECRET_ANSWER, "<story>");
            assertSealed(s, "SELECT title_enc FROM form", "Hogar secreto");
            assertSealed(s, "SELECT xlsform_enc FROM form", "xlsform bytes secret");
            assertSealed(s, "SELECT xform_enc FROM form", "secret form");
        }
        byte[] whole = Files.readAllBytes(file);
        assertThat(contains(whole, SECRET_ANSWER.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(whole, SECRET_NAME.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private static void assertSealed(Statement s, String sql, String... plaintexts) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            byte[] raw = rs.getBytes(1);
            assertThat(raw).as(sql).isNotNull();
            for (String p : plaintexts) {
                assertThat(contains(raw, p.getBytes(StandardCharsets.UTF_8))).as(sql + " holds " + p).isFalse();
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
