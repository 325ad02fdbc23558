package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.Participants;
import org.campo.qda.triangulation.QuoteBank;
import org.campo.qda.triangulation.QuoteOptions;
import org.campo.qda.triangulation.Quotes;
import org.campo.qda.triangulation.Triangulation;
import org.campo.qda.triangulation.TriangulationFixture;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriangulationExportsTest {
    @TempDir
    Path dir;
    private final QdaSnapshot snapshot = TriangulationFixture.snapshot();

    @Test
    void matrixWorkbookHasCountsSharesSummariesAndTheHeatMapPicture() throws Exception {
        TriangulationMatrix m = new Triangulation().matrix(snapshot, new MatrixRequest(List.of("source_group"), false));
        String migrantsKey = m.columns().get(3).key();
        String docId = m.rows().get(0).code().id();
        CellSummaries sums = new CellSummaries(Map.of(CellSummaries.key(docId, migrantsKey),
                "Migrants describe the CPP as refused in practice."));
        Path file = dir.resolve("matrix.xlsx");

        new MatrixXlsxWriter(Locale.ENGLISH).write(m, sums, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Matrix");
            var documentation = sheet.getRow(5);
            assertThat(documentation.getCell(0).getStringCellValue()).isEqualTo("Documentation");
            assertThat(documentation.getCell(1 + 3 * 3).getNumericCellValue()).isEqualTo(2); // migrants: cases
            assertThat(documentation.getCell(2 + 3 * 3).getNumericCellValue()).isEqualTo(2.0 / 3, org.assertj.core.api.Assertions.offset(1e-9));
            assertThat(documentation.getCell(3 + 3 * 3).getNumericCellValue()).isEqualTo(3);
            assertThat(wb.getAllPictures()).hasSize(1);
        }
        assertThat(ExportedText.of(file)).contains("Migrants describe the CPP as refused in practice.")
                .contains("Migrant (N=3)");
    }

    @Test
    void matrixDocumentGivesEachThemeItsGroupsSummariesAndQuotes() throws Exception {
        TriangulationMatrix m = new Triangulation().matrix(snapshot, new MatrixRequest(List.of("source_group"), false));
        QuoteBank bank = new Quotes().bank(snapshot, QuoteOptions.defaults());
        Path file = dir.resolve("matrix.docx");

        new MatrixDocxWriter(Locale.ENGLISH).write(m, CellSummaries.NONE, bank, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getAllPictures()).hasSize(1);
        }
        String text = ExportedText.of(file);
        assertThat(text).contains("Documentation").contains("Migrant: 2 of 3 cases (67%), 3 segments")
                .contains("Silent: Key informant, government")
                .contains("(Migrant, Lima)");
        assertNothingLeaks(text);
    }

    @Test
    void quoteExportsLeaveOutRefusalsAndSensitiveAttributes() throws Exception {
        QuoteOptions options = new QuoteOptions(null, List.of("source_group", "city", "gender_identity"), false, false);
        QuoteBank bank = new Quotes().bank(snapshot, options);
        Path docx = dir.resolve("quotes.docx");
        Path xlsx = dir.resolve("quotes.xlsx");

        new QuotesDocxWriter(Locale.ENGLISH).write(bank, docx);
        new QuotesXlsxWriter(Locale.ENGLISH).write(bank, xlsx);

        for (Path file : List.of(docx, xlsx)) {
            String text = ExportedText.of(file);
            assertThat(text).contains("Access to health").contains("Key informant, government, Lima")
                    .contains("2 coded segments of 1 participant who did not allow direct quotation are left out");
            assertNothingLeaks(text);
        }
    }

    @Test
    void optedInSensitiveAttributesReachTheQuotes() throws Exception {
        QuoteBank bank = new Quotes().bank(snapshot,
                new QuoteOptions(null, List.of("source_group", "gender_identity"), false, true));
        Path docx = dir.resolve("quotes.docx");
        new QuotesDocxWriter(new Locale("es")).write(bank, docx);
        String text = ExportedText.of(docx);
        assertThat(text).contains("Migrant, " + TriangulationFixture.CANARY).contains("Banco de citas");
        assertThat(text).doesNotContain(TriangulationFixture.REFUSED_WORDS);
    }

    @Test
    void participantTableSuppressesSmallCellsInBothFormats() throws Exception {
        ParticipantTable table = ParticipantTable.of(
                new Participants().count(snapshot, List.of("source_group", "city"), false), 5);
        Path xlsx = dir.resolve("participants.xlsx");
        Path pdf = dir.resolve("participants.pdf");

        new ParticipantTableXlsxWriter(Locale.ENGLISH).write(table, xlsx);
        new ParticipantTablePdfWriter(Locale.ENGLISH).write(table, pdf);

        for (Path file : List.of(xlsx, pdf)) {
            String text = ExportedText.of(file);
            assertThat(text).contains("Source group").contains("City").contains("Migrant")
                    .contains("fewer than 5 people");
            assertThat(text).doesNotContain(TriangulationFixture.CANARY);
        }
        // every group is below 5: all hidden, and the total of 6 with them
        assertThat(table.blocks().get(0).shows(3, 0)).isFalse();
    }

    static void assertNothingLeaks(String text) {
        assertThat(text).doesNotContain(TriangulationFixture.CANARY)
                .doesNotContain("No quiero que me citen")
                .doesNotContain("volví")
                .doesNotContain("P-01").doesNotContain("KI-01");
    }
}
