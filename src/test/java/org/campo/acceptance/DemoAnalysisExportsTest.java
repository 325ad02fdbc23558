package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campo.app.AppContext;
import org.campo.demo.DemoStudy;
import org.campo.export.qda.ExportedText;
import org.campo.export.qda.QdaExports;
import org.campo.export.qda.QdaFormat;
import org.campo.qda.agreement.AgreementReport;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.QuoteOptions;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the demo study, every analysis report exports in both of its formats, each Word file and
 * workbook opens again with POI and each PDF with iText, and no sensitive attribute value of
 * the demo's migrants reaches a report that was not asked to include them. Case attributes read
 * as the interview forms' option labels in the report's language, never as the stored option names.
 */
class DemoAnalysisExportsTest {
    @TempDir
    Path dir;

    @Test
    void everyAnalysisReportExportsInBothFormatsAndOpensAgain() throws Exception {
        AppContext ctx = TestApp.context(dir.resolve("home"));
        Path out = dir.resolve("out");
        List<String> sensitiveValues;
        AgreementReport agreement;
        try (OpenStudy study = DemoStudy.create(ctx, dir.resolve("demo.campo"),
                DemoStudy.DEFAULT_PASSPHRASE.toCharArray(), 10)) {
            sensitiveValues = ctx.qda(study).snapshot().cases().stream()
                    .flatMap(c -> c.sensitive().stream().map(a -> c.attributes().get(a)))
                    .filter(v -> v != null && v.contains("_")).distinct().toList(); // choice names, never prose
            QdaExports x = ctx.qdaExports(study);
            Locale es = new Locale("es");
            for (QdaFormat f : List.of(QdaFormat.XLSX, QdaFormat.DOCX)) {
                x.exportMatrix(new MatrixRequest(List.of("source_group", "city"), false), f,
                        out.resolve("matrix." + f.extension()), es);
                x.exportQuotes(null, QuoteOptions.defaults(), f, out.resolve("quotes." + f.extension()), es);
            }
            for (QdaFormat f : List.of(QdaFormat.PDF, QdaFormat.DOCX)) {
                x.exportTranscripts(f, out.resolve("transcripts-" + f.extension()), false, es);
            }
            for (QdaFormat f : List.of(QdaFormat.XLSX, QdaFormat.PDF)) {
                x.exportParticipants(List.of("source_group", "city", "interview"), 5, false, f,
                        out.resolve("participants." + f.extension()), es);
            }
            agreement = x.agreement(List.of("demo", "rosa"), null, out.resolve("agreement.xlsx"), Locale.ENGLISH);
            x.exportQuotes(null, QuoteOptions.defaults(), QdaFormat.XLSX, dir.resolve("quotes-en.xlsx"), Locale.ENGLISH);
        }
        String english = ExportedText.of(dir.resolve("quotes-en.xlsx"));
        assertThat(english).contains("Civil society (NGO), Lima", "International cooperation, Cusco")
                .doesNotContain("civil_society").doesNotContain("Sociedad civil");
        assertThat(ExportedText.of(out.resolve("matrix.xlsx")))
                .contains("Grupo de fuente × Ciudad", "Gobierno (nacional, regional o local) · Tumbes",
                        "Cooperación internacional · Cusco", "Sociedad civil (ONG) · Lima", "Personas migrantes · Trujillo");
        assertThat(ExportedText.of(out.resolve("matrix.docx"))).contains("Sociedad civil (ONG), Tumbes");
        assertThat(ExportedText.of(out.resolve("quotes.docx")))
                .contains("Cooperación internacional, Lima", "Personas migrantes, Tumbes");
        assertThat(ExportedText.of(out.resolve("participants.pdf")))
                .contains("Grupo de fuente", "Entrevista a profundidad", "Informante clave", "Cusco");

        assertThat(sensitiveValues).contains("trans_woman", "cis_man", "refugee_applicant");
        assertThat(agreement.sources()).isNotEmpty();
        assertThat(agreement.overall().figures().kappa()).isBetween(0.0, 1.0);
        assertThat(agreement.differences()).isNotEmpty();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files.stream().filter(p -> p.toString().endsWith(".pdf")).count()).isGreaterThan(10);
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (InputStream in = Files.newInputStream(file)) {
                if (name.endsWith(".docx")) {
                    try (XWPFDocument doc = new XWPFDocument(in)) {
                        assertThat(doc.getParagraphs()).as(name).isNotEmpty();
                    }
                } else if (name.endsWith(".xlsx")) {
                    try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
                        assertThat(wb.getNumberOfSheets()).as(name).isPositive();
                    }
                }
            }
            String text = ExportedText.of(file);
            assertThat(text).as(name).isNotBlank();
            for (String value : sensitiveValues) {
                assertThat(text).as(name + " must not show " + value).doesNotContain(value);
            }
            if (!name.startsWith("agreement")) {
                assertThat(text).as(name + " shows option names, not their labels")
                        .doesNotContainPattern("\\b(source_group|civil_society|key_informant|in_depth|government"
                                + "|international|migrant|tumbes|cusco|trujillo|lima)\\b");
            }
        }
    }
}
