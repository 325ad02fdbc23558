package org.campo.export.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.collect.FormLibrary;
import org.campo.common.AccessDeniedException;
import org.campo.common.ProgressListener;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryExporterTest {
    @TempDir
    Path tmp;
    OpenStudy study;
    FormLibrary forms;
    StudyService studies = new StudyService(Clock.systemUTC(), "device-1", new KdfParameters(8192, 1, 1),
            new UnlockThrottle(ms -> { }));

    @BeforeEach
    void setUp() {
        study = studies.create(tmp.resolve("s.campo"), "Monitoreo Tumbes 2026", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        forms = library();
        SyntheticStudy data = new SyntheticStudy(study, forms);
        data.importShippedForms();
        data.flowCounts(10);
        data.surveys(160);
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    private FormLibrary library() {
        return new FormLibrary(study, new XlsFormCompiler(), new FormLoader(FormDefinitionCache.inMemory()));
    }

    @Test
    void surveyWorkbookHasASheetPerTableSuppressesSmallCellsAndLeavesSensitiveQuestionsOut() throws Exception {
        Path file = tmp.resolve("survey.xlsx");
        SummaryResult result = new SummaryExporter(study, forms).export(new SummaryOptions(SyntheticStudy.SURVEY,
                SummaryFormat.XLSX, List.of("nationality"), 5, "en", false), file, ProgressListener.NONE);

        assertThat(result.submissions()).isEqualTo(160);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("sex_birth")).isNotNull();
            assertThat(wb.getSheet("gender_identity")).isNull();
            assertThat(wb.getSheet("Referrals")).isNull();
            assertThat(String.join("|", text(wb.getSheet("Summary")))).contains("Sensitive questions left out",
                    "Audit chain head", result.auditHead());
            List<String> sex = text(wb.getSheet("sex_birth"));
            assertThat(sex).contains("Female", "Male", "Intersex", "s");
            assertThat(String.join("|", sex)).contains("= suppressed");
            assertThat(wb.getSheet("need_1_by_nationality")).isNotNull();
            for (Sheet sheet : wb) {
                assertNoSmallCount(sheet);
            }
        }
        assertThat(study.audit().entries(1, 1000)).extracting(e -> e.action()).contains("export");
    }

    @Test
    void coordinatorsCanIncludeSensitiveQuestionsAndTheReferralListAndItIsAudited() throws Exception {
        Path file = tmp.resolve("survey-sensitive.xlsx");
        new SummaryExporter(study, forms).export(new SummaryOptions(SyntheticStudy.SURVEY, SummaryFormat.XLSX,
                List.of("nationality"), 5, "es", true), file, ProgressListener.NONE);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("gender_identity")).isNotNull();
            assertThat(wb.getSheet("gender_identity_by_nationality")).isNotNull();
            assertThat(text(wb.getSheet("Derivaciones"))).contains("Persona de 60 años o más");
            assertNoSmallCount(wb.getSheet("gender_identity_by_nationality"));
        }
        assertThat(study.audit().entries(1, 1000)).extracting(e -> e.action())
                .contains("export.sensitive.included", "export");
    }

    @Test
    void researchersGetTablesButNeitherSensitiveQuestionsNorReferrals() {
        study.addMember("rosa", Role.RESEARCHER, "another long passphrase".toCharArray());
        study.lock();
        study = studies.unlock(tmp.resolve("s.campo"), "rosa", "another long passphrase".toCharArray());
        forms = library();
        SummaryOptions options = SummaryOptions.defaults(SyntheticStudy.SURVEY, SummaryFormat.PDF);

        assertThatThrownBy(() -> new SummaryExporter(study, forms).export(options.withSensitive(true),
                tmp.resolve("x.pdf"), ProgressListener.NONE)).isInstanceOf(AccessDeniedException.class);
        new SummaryExporter(study, forms).export(options, tmp.resolve("ok.pdf"), ProgressListener.NONE);
        assertThat(tmp.resolve("ok.pdf")).exists();
    }

    @Test
    void pdfsOfBothFormsAreWritten() throws Exception {
        Path flow = tmp.resolve("flow.pdf");
        Path survey = tmp.resolve("survey.pdf");
        SummaryExporter exporter = new SummaryExporter(study, forms);
        exporter.export(SummaryOptions.defaults(SyntheticStudy.COUNT, SummaryFormat.PDF).withLanguage("es"), flow,
                ProgressListener.NONE);
        exporter.export(SummaryOptions.defaults(SyntheticStudy.SURVEY, SummaryFormat.PDF).by("nationality")
                .withLanguage("en").withSensitive(true), survey, ProgressListener.NONE);

        assertThat(Files.readString(flow, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(Files.size(survey)).isGreaterThan(10_000);
        String keep = System.getProperty("campo.summary.keep");
        if (keep != null) {
            Files.copy(flow, Path.of(keep, "flow.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(survey, Path.of(keep, "survey.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void flowWorkbookHasNetFlowPerPointAndDay() throws Exception {
        Path file = tmp.resolve("flow.xlsx");
        new SummaryExporter(study, forms).export(SummaryOptions.defaults(SyntheticStudy.COUNT, SummaryFormat.XLSX)
                .withLanguage("en"), file, ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet net = wb.getSheet("Net flow");
            Row first = net.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2026-11-02");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("CEBAF Tumbes");
            double entries = first.getCell(2).getNumericCellValue();
            double exits = first.getCell(3).getNumericCellValue();
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(entries - exits);
            assertThat(text(net)).contains("Desaguadero (Puno)", "s");
            assertThat(wb.getSheet("flow_CEBAF-TUMBES")).isNotNull();
        }
    }

    private static List<String> text(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                out.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue());
            }
        }
        return out;
    }

    /** Counts in table columns (not the % column of one-way tables) are 0 or at least 5. */
    private static void assertNoSmallCount(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && !c.getCellStyle().getDataFormatString().equals("0.0")) {
                    double v = c.getNumericCellValue();
                    assertThat(v == 0 || v >= 5).as(sheet.getSheetName() + " " + c.getAddress() + " = " + v).isTrue();
                }
            }
        }
    }
}
