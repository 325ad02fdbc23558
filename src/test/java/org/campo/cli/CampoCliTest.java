package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampoCliTest {
    private static final String PASS = "quinua maiz cebada";

    @TempDir
    Path dir;
    CliRun cli;
    Path study;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("home"));
        study = dir.resolve("tumbes.campo");
    }

    private CliRun.Result create() {
        CliRun.Result r = cli.passphrase(PASS).run("study", "create", study.toString(), "--name", "Flujos Tumbes",
                "--user", "ana");
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun.Result r = cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).matches("campo \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void createWithEnvironmentPassphrasePrintsTheRecoveryKeyOnceWithAWarning() {
        CliRun.Result r = create();
        assertThat(Files.isRegularFile(study)).isTrue();
        assertThat(r.out()).contains("Flujos Tumbes").contains("ana (coordinator)");
        assertThat(r.recoveryKey()).matches("CAMPO(-[0-9A-Z]{5}){8}");
        assertThat(r.out()).contains("shown only this once").contains("Write the recovery key down");
        assertThat(r.out()).doesNotContain(PASS);
    }

    @Test
    void createWithRoleResearcher() {
        CliRun.Result r = cli.passphrase(PASS).run("study", "create", study.toString(), "--name", "S", "--user",
                "rosa", "--role", "researcher");
        assertThat(r.code()).as(r.toString()).isZero();
        try (OpenStudy s = cli.context.studies().unlock(study, "rosa", PASS.toCharArray())) {
            assertThat(s.role()).isEqualTo(Role.RESEARCHER);
        }
    }

    @Test
    void infoDescribesTheStudy() {
        create();
        CliRun.Result r = cli.run("study", "info", study.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Flujos Tumbes").contains("ana (coordinator)").contains("Schema version")
                .contains("0 final, 0 draft").containsPattern("Audit trail: +\\d+ entries, head [0-9a-f]{64}");
    }

    @Test
    void infoWithAWrongPassphraseExitsThreeWithAClearSentence() {
        create();
        CliRun.Result r = cli.passphrase("not the right one").run("study", "info", study.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err().trim()).isEqualTo(
                "The user name or passphrase is not correct. Check the keyboard language and Caps Lock, and try again.");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void wrongPassphraseInSpanishWithLang() {
        create();
        CliRun.Result r = cli.passphrase("not the right one").run("study", "info", study.toString(), "--lang", "es");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("El nombre de usuario o la frase de contraseña no son correctos.");
    }

    @Test
    void debugShowsTheStackTrace() {
        create();
        CliRun.Result r = cli.passphrase("not the right one").run("--debug", "study", "info", study.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("WrongPassphraseException").contains("\tat ");
    }

    @Test
    void theRecoveryKeyUnlocksWhereverAPassphraseIsAccepted() {
        String recovery = create().recoveryKey();
        CliRun.Result r = cli.passphrase(recovery).run("study", "info", study.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("ana (recovery key)");
    }

    @Test
    void passphraseFromAFileAndFromPipedInput() throws Exception {
        create();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, PASS + "\nignored second line\n");
        cli.env.clear();
        CliRun.Result fromFile = cli.run("study", "info", study.toString(), "--passphrase-file", secret.toString());
        assertThat(fromFile.code()).as(fromFile.toString()).isZero();
        cli.stdin = PASS + "\n";
        CliRun.Result piped = cli.run("study", "info", study.toString());
        assertThat(piped.code()).as(piped.toString()).isZero();
    }

    @Test
    void noPassphraseAtAllIsAUsageError() {
        create();
        cli.env.clear();
        CliRun.Result r = cli.run("study", "info", study.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("CAMPO_PASSPHRASE").contains("--passphrase-file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("study", "create", study.toString(), "--user", "ana").code()).isEqualTo(2);
        assertThat(cli.run("nonsense").code()).isEqualTo(2);
        assertThat(cli.run("study").code()).isEqualTo(2);
        CliRun.Result badRole = cli.passphrase(PASS).run("study", "create", study.toString(), "--name", "N",
                "--user", "ana", "--role", "boss");
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("Unknown role \"boss\"").contains("campo study create --help");
        assertThat(Files.exists(study)).isFalse();
    }

    @Test
    void aValidationProblemExitsOne() {
        CliRun.Result r = cli.passphrase("short").run("study", "create", study.toString(), "--name", "N", "--user", "ana");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at least 8 characters");
        create();
        CliRun.Result again = create2();
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    private CliRun.Result create2() {
        return cli.passphrase(PASS).run("study", "create", study.toString(), "--name", "Other", "--user", "ana");
    }

    @Test
    void checkAndAuditVerifyPassOnAnIntactStudyWithoutAPassphrase() {
        create();
        cli.env.clear();
        CliRun.Result check = cli.run("study", "check", study.toString());
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).contains("integrity check: ok").contains("The audit trail is intact");
        CliRun.Result verify = cli.run("audit", "verify", study.toString());
        assertThat(verify.code()).as(verify.toString()).isZero();
        assertThat(verify.out()).containsPattern("intact: \\d+ entries, head [0-9a-f]{64}");
    }

    @Test
    void memberAddThenUserIsRequiredAndTheNewMemberCanUnlock() {
        create();
        cli.env.put("CAMPO_NEW_PASSPHRASE", "olluco papa oca");
        CliRun.Result add = cli.run("study", "member", "add", study.toString(), "--user", "rosa", "--role", "irb");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(add.out()).contains("rosa (irb)");

        CliRun.Result ambiguous = cli.run("study", "info", study.toString());
        assertThat(ambiguous.code()).isEqualTo(2);
        // login names are sealed in the file: the message cannot list them
        assertThat(ambiguous.err()).contains("--user").doesNotContain("ana").doesNotContain("rosa");

        CliRun.Result asRosa = cli.passphrase("olluco papa oca").run("study", "info", study.toString(), "--user", "rosa");
        assertThat(asRosa.code()).as(asRosa.toString()).isZero();

        CliRun.Result rosaAdds = cli.passphrase("olluco papa oca").run("study", "member", "add", study.toString(),
                "--as", "rosa", "--user", "eve", "--role", "coordinator");
        assertThat(rosaAdds.code()).as("an IRB member may not add members").isEqualTo(3);
        assertThat(rosaAdds.err()).contains("does not allow");
    }

    @Test
    void demoCreateUsesTheDefaultPassphraseAndAddsTheSites() {
        Path demo = dir.resolve("demo.campo");
        CliRun.Result r = cli.run("demo", "create", demo.toString(), "--submissions", "5");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("campo-demo-2024");
        CliRun.Result info = cli.passphrase("campo-demo-2024").run("study", "info", demo.toString(), "--user", "demo");
        assertThat(info.code()).as(info.toString()).isZero();
        assertThat(info.out()).contains("Demo").contains("demo (coordinator)")
                .contains("CEBAF-TUMBES  CEBAF Tumbes").contains("TACNA-SC  Santa Rosa, Tacna");
        assertThat(info.out()).contains("Forms:           4").containsPattern("(?m)^    campo_flow_count +\\d+ +\\d+ +0  ")
                .contains("campo_flow_monitoring_survey").contains("campo_in_depth_interview")
                .contains("campo_key_informant_interview");
    }
}
