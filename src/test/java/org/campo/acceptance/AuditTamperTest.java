package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.cli.CampoCli;
import org.campo.cli.CliEnvironment;
import org.campo.common.Ids;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: a study edited behind Campo's back with the {@code sqlite3} tool is caught by
 * {@code campo audit verify}, which names the first broken sequence number.
 *
 * <p>The audit trail built here: 1 study created (seals member ana), 2 and 3 sites added,
 * 4 member rosa added (sealed), 5 passphrase changed, 6 locked.
 */
class AuditTamperTest {
    private static final String PASS = "vicuna alpaca llama";

    @TempDir
    Path dir;
    AppContext ctx;
    Path study;

    @BeforeAll
    static void needsSqlite3() {
        Sqlite3.requireInstalled();
    }

    @BeforeEach
    void createStudyWithSeveralAuditedChanges() {
        ctx = TestApp.context(dir.resolve("home"));
        study = dir.resolve("tacna.campo");
        CreatedStudy created = ctx.studies().create(study, "Flujos Tacna", "ana", Role.COORDINATOR, PASS.toCharArray());
        try (OpenStudy s = created.study()) {
            s.addSite(new Site(Ids.newId(), "TACNA-SC", "Santa Rosa, Tacna", -18.1247, -70.3219));
            s.addSite(new Site(Ids.newId(), "CEBAF-TUMBES", "CEBAF Tumbes", -3.5669, -80.4515));
            s.addMember("rosa", Role.RESEARCHER, "olluco papa oca".toCharArray());
            s.changePassphrase("vicuna alpaca llama guanaco".toCharArray());
        }
    }

    private record Run(int code, String out, String err) {
    }

    private Run verify() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CampoCli.execute(new String[] {"audit", "verify", study.toString()},
                CliEnvironment.of(() -> ctx, Map.of(), new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(out, true), new PrintWriter(err, true)));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anIntactStudyVerifies() {
        Run r = verify();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("The audit trail is intact: 6 entries");
    }

    @Test
    void anEditedAuditEntryIsNamed() throws Exception {
        Sqlite3.exec(study, "UPDATE audit SET details='x' WHERE seq=3");
        Run r = verify();
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("Audit entry 3 was altered after it was written.");
        assertThat(r.err()).contains("The audit trail is broken at entry 3.");
    }

    @Test
    void aDeletedMiddleEntryIsNamed() throws Exception {
        Sqlite3.exec(study, "DELETE FROM audit WHERE seq=4");
        Run r = verify();
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("Audit entry 4 is missing");
        assertThat(r.err()).contains("broken at entry 4.");
    }

    @Test
    void anEditedSealedRowIsFlagged() throws Exception {
        // login names are sealed: rosa is the member who is not the creator (role researcher)
        Sqlite3.exec(study, "UPDATE member SET role='coordinator' WHERE role='researcher'");
        Run r = verify();
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("sealed by audit entry 4, was changed outside Campo");
        assertThat(r.err()).contains("broken at entry 4.");
    }

    /** Ana's row was sealed at creation; changing her passphrase later must not lift that seal. */
    @Test
    void theCreatorsMemberRowStaysSealedAfterAPassphraseChange() throws Exception {
        Sqlite3.exec(study, "UPDATE member SET role='irb' WHERE role='coordinator'");
        Run r = verify();
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("was changed outside Campo");
    }

    @Test
    void studyCheckAlsoFailsOnTampering() throws Exception {
        Sqlite3.exec(study, "UPDATE audit SET actor='mallory' WHERE seq=2");
        StringWriter out = new StringWriter();
        int code = CampoCli.execute(new String[] {"study", "check", study.toString()},
                CliEnvironment.of(() -> ctx, Map.of(), new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("integrity check: ok").contains("Audit entry 2 was altered");
    }
}
