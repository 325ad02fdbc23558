package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.zip.ZipFile;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportConsentCommandsTest {
    @TempDir
    Path dir;
    Path study;
    CliRun cli;

    @BeforeEach
    void setUp() {
        try (ConsentFixture f = new ConsentFixture(dir)) {
            Participant p = f.participant("KI-GOV-03", Map.of());
            f.verbalConsent(p, ConsentFixture.allGranted());
            study = f.file;
        }
        cli = new CliRun(dir.resolve("cli-home")).passphrase(new String(ConsentFixture.PASSPHRASE));
    }

    @Test
    void consentLogIsWrittenAsPdfAndXlsx() throws Exception {
        Path pdf = dir.resolve("log.pdf");
        Path xlsx = dir.resolve("log.xlsx");

        CliRun.Result r1 = cli.run("export", "consent-log", study.toString(), "--format", "pdf", "-o", pdf.toString(),
                "--user", "coord");
        CliRun.Result r2 = cli.run("export", "consent-log", study.toString(), "--format", "XLSX", "-o",
                xlsx.toString(), "--user", "coord");

        assertThat(r1.code()).as(r1.toString()).isZero();
        assertThat(r2.code()).as(r2.toString()).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(r1.out()).contains("1 consent records", "The audit trail is intact");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun.Result r = cli.run("export", "consent-log", study.toString(), "--format", "docx", "-o",
                dir.resolve("x.docx").toString(), "--user", "coord");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("docx");
    }

    @Test
    void irbPackageReportsABrokenChainWithExitOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study)) {
            c.createStatement().executeUpdate("UPDATE consent SET mode = 'written'");
        }
        Path zip = dir.resolve("irb.zip");

        CliRun.Result r = cli.run("export", "irb-package", study.toString(), "-o", zip.toString(), "--user", "coord");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(r.out()).contains("was changed outside Campo");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("audit_verification.json")).isNotNull();
        }
    }
}
