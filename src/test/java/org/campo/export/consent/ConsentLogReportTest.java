package org.campo.export.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.audit.AuditVerification;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentRequest;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentLogReportTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    ConsentRecord kiConsent;
    ConsentRecord migrantConsent;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        Participant ki = f.participant("KI-GOV-03", Map.of());
        Participant migrant = f.participant("P-014", Map.of());
        Participant refusing = f.participant("P-015", Map.of());
        Participant minor = f.participant("P-016", Map.of());
        kiConsent = f.verbalConsent(ki, ConsentFixture.grantedExcept(ConsentPermission.AUDIO_RECORDING));
        migrantConsent = f.verbalConsent(migrant, ConsentFixture.allGranted());
        f.verbalConsent(refusing, ConsentFixture.allRefused());
        f.consent.consent().record(ConsentRequest.verbal(minor.id(), f.script.id(), ConsentFixture.allGranted(),
                "Read aloud to the minor and her guardian.", null).forMinor(true, true));
        f.consent.withdrawals().withdraw(migrant.id(), WithdrawalScope.DESTROY, null);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void workbookReadsBackWithOneRowPerConsentTotalsAndAnIntactChain() throws Exception {
        Path xlsx = tmp.resolve("consent-log.xlsx");
        new ConsentLogXlsxWriter(Locale.ENGLISH).write(f.consent.log().build(), xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<List<String>> records = rows(wb.getSheet("Consent log"));
            assertThat(records.get(0)).startsWith("Participant", "Script", "Version", "Lang.", "Mode", "Minor",
                    "Participate", "Audio recording");
            assertThat(records).hasSize(5);
            List<String> ki = find(records, "KI-GOV-03");
            assertThat(ki).containsSequence("ki-interview", "1", "es", "Verbal", "No", "Yes", "No", "Yes");
            assertThat(ki.get(12)).isEqualTo("TUM-CEBAF");
            assertThat(ki.get(15)).isEqualTo("OK");
            assertThat(find(records, "P-014").get(14)).startsWith("2024-03-14").contains("Destroy all data");
            assertThat(find(records, "P-015").get(6)).isEqualTo("No");
            assertThat(find(records, "P-016").get(5)).isEqualTo("Yes (guardian: Yes; assent: Yes)");

            List<List<String>> totals = rows(wb.getSheet("Totals"));
            assertThat(totals).contains(List.of("TUM-CEBAF", "2024-03", "3", "2", "1", "1"),
                    List.of("(no site)", "2024-03", "1", "1", "0", "0"));
            List<List<String>> verification = rows(wb.getSheet("Verification"));
            assertThat(verification.get(0).get(1)).startsWith("The audit trail is intact");
        }
    }

    @Test
    void aConsentRowEditedOutsideCampoIsFlaggedByVerificationAndByBothReports() throws Exception {
        f.study.lock();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.file); Statement s = c.createStatement()) {
            // decisions are sealed under the data key: what an editor without it can still change
            // is a clear column, here the date the consent was obtained
            s.executeUpdate("UPDATE consent SET obtained_at = '2024-01-01T09:00:00Z' WHERE id = '" + kiConsent.id() + "'");
        }
        f.reopenAsCoordinator();

        AuditVerification v = f.study.audit().verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("audit.verify.rowChanged");
            assertThat(p.args()).contains("consent", kiConsent.id());
        });
        ConsentLog log = f.consent.log().build();
        assertThat(log.tamperedEntries()).isEqualTo(1);

        Path xlsx = tmp.resolve("tampered.xlsx");
        new ConsentLogXlsxWriter(Locale.ENGLISH).write(log, xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<List<String>> records = rows(wb.getSheet("Consent log"));
            assertThat(find(records, "KI-GOV-03").get(15)).isEqualTo("ALTERED");
            assertThat(find(records, "P-015").get(15)).isEqualTo("OK");
            assertThat(rows(wb.getSheet("Verification")).get(0).get(1)).startsWith("The audit trail is broken at entry");
        }
        String pdf = pdfText(log, Locale.ENGLISH);
        assertThat(pdf).contains("The audit trail is broken at entry", "was changed outside Campo", "ALTERED");
    }

    @Test
    void aDeletedAuditEntryIsFlaggedByVerificationAndTheReport() throws Exception {
        f.study.lock();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.file); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit WHERE seq = 5");
        }
        f.reopenAsCoordinator();

        AuditVerification v = f.study.audit().verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(5);
        String pdf = pdfText(f.consent.log().build(), Locale.ENGLISH);
        assertThat(pdf).contains("The audit trail is broken at entry 5", "Audit entry 5 is missing");
    }

    @Test
    void pdfShowsTheParticipantTableAndVerificationInSpanish() throws Exception {
        String pdf = pdfText(f.consent.log().build(), new Locale("es"));

        assertThat(pdf).contains("Registro de consentimientos", "KI-GOV-03", "P-014", "P-016", "Verificación",
                "Totales por punto y mes", "Destruir");
    }

    private String pdfText(ConsentLog log, Locale locale) throws Exception {
        Path pdf = tmp.resolve("consent-log-" + locale + ".pdf");
        new ConsentLogPdfWriter(locale).write(log, pdf);
        String keep = System.getProperty("campo.keepPdfIn");
        if (keep != null) {
            Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return sb.toString().replace("\n", " ");
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter fmt = new DataFormatter(Locale.ENGLISH);
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : fmt.formatCellValue(row.getCell(i)));
            }
            out.add(cells);
        }
        return out;
    }

    private static List<String> find(List<List<String>> rows, String code) {
        return rows.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow();
    }
}
