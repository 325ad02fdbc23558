package org.campo.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.collect.FillingSession;
import org.campo.collect.FormLibrary;
import org.campo.collect.StartOptions;
import org.campo.collect.SubmissionService;
import org.campo.common.AccessDeniedException;
import org.campo.common.ProgressListener;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {
    static final String FORM = String.join("\n",
            "| settings |",
            "| | form_id | version | default_language |",
            "| | flow | 1 | Español (es) |",
            "| survey |",
            "| | type | name | label::Español (es) | label::English (en) | bind::campo:sensitive |",
            "| | select_one country | country | País | Country | |",
            "| | select_multiple needs | needs | Necesidades | Needs | |",
            "| | text | orientation | Orientación sexual | Sexual orientation | yes |",
            "| | begin repeat | member | Miembro | Member | |",
            "| | integer | age | Edad | Age | |",
            "| | end repeat | | | | |",
            "| choices |",
            "| | list_name | name | label::Español (es) | label::English (en) |",
            "| | country | ve | Venezuela | Venezuela |",
            "| | country | co | Colombia | Colombia |",
            "| | needs | food | Alimentos | Food |",
            "| | needs | shelter | Albergue | Shelter |",
            "| | needs | health | Salud | Health |");
    static final String CANARY = "CANARY-orientation-7f3a";

    @TempDir
    Path tmp;
    OpenStudy study;
    FormLibrary forms;

    @BeforeEach
    void setUp() {
        StudyService studies = new StudyService(Clock.systemUTC(), "device-1", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        study = studies.create(tmp.resolve("s.campo"), "Flow", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        forms = new FormLibrary(study, new XlsFormCompiler(), new FormLoader(FormDefinitionCache.inMemory()));
        String ref = forms.importWorkbook(FORM.getBytes(StandardCharsets.UTF_8), "flow.md").form().id();
        SubmissionService submissions = new SubmissionService(study, forms, p -> { });
        fill(submissions.start(ref, new StartOptions("CEBAF-TUMBES", null)), "ve", "food health", 2);
        fill(submissions.start(ref, new StartOptions("CEBAF-TUMBES", null)), "co", "shelter", 1);
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    private static void fill(FillingSession f, String country, String needs, int members) {
        Screen s = f.form().next();
        while (s.kind() != Screen.Kind.END) {
            if (s.kind() == Screen.Kind.ADD_REPEAT) {
                s = f.form().repeatCount("/data/member") < members ? f.addRepeat() : f.form().declineRepeat();
                continue;
            }
            for (Prompt p : s.prompts()) {
                String name = p.path().replaceAll("\\[\\d+\\]", "");
                if (name.endsWith("/country")) {
                    f.answer(p.ref(), new Answer.Choice(country));
                } else if (name.endsWith("/needs")) {
                    f.answer(p.ref(), new Answer.Choices(List.of(needs.split(" "))));
                } else if (name.endsWith("/orientation")) {
                    f.answer(p.ref(), new Answer.Text(CANARY));
                } else if (name.endsWith("/age")) {
                    f.answer(p.ref(), new Answer.IntegerNumber(20 + p.repeatPosition()));
                }
            }
            s = f.form().next();
        }
        assertThat(f.finalizeSubmission().isOk()).isTrue();
    }

    private DatasetExporter exporter() {
        return new DatasetExporter(study, forms);
    }

    @Test
    void csvHasOneFilePerRepeatJoinedByKeysAndLeavesSensitiveFieldsOut() throws Exception {
        Path out = tmp.resolve("csv");
        DatasetResult result = exporter().export(DatasetOptions.defaults("flow", DatasetFormat.CSV), out,
                ProgressListener.NONE);

        assertThat(result.submissions()).isEqualTo(2);
        assertThat(result.sensitiveOmitted()).isTrue();
        List<String> main = Files.readAllLines(out.resolve("flow.csv"));
        assertThat(main.get(0)).contains("KEY", "country", "needs", "needs/food", "needs/shelter")
                .doesNotContain("orientation");
        assertThat(main).hasSize(3);
        assertThat(main.get(1)).contains("ve", "food health", "CEBAF-TUMBES");
        List<String> members = Files.readAllLines(out.resolve("flow-member.csv"));
        assertThat(members).hasSize(4);
        String firstKey = main.get(1).split(",")[0].replace("\uFEFF", "");
        assertThat(members.get(1)).startsWith(firstKey + "," + firstKey + "/member[1]");
        for (Path p : Files.list(out).toList()) {
            assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
        }
        assertThat(out.resolve("codebook.xlsx")).exists();
        assertThat(Files.readString(out.resolve("read_flow.R"))).contains("factor(", "\"Venezuela\"");
        assertThat(Files.readString(out.resolve("export-info.csv"))).contains("audit_head," + result.auditHead());
        assertThat(out.resolve("tombstones.csv")).exists();
    }

    @Test
    void xlsxHasASheetPerTableWithLabelsInTheChosenLanguage() throws Exception {
        Path out = tmp.resolve("xlsx");
        exporter().export(DatasetOptions.defaults("flow", DatasetFormat.XLSX).withLabels(true, "English (en)"), out,
                ProgressListener.NONE);
        try (InputStream in = Files.newInputStream(out.resolve("flow.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet main = wb.getSheet("flow");
            assertThat(main.getLastRowNum()).isEqualTo(2);
            int col = 0;
            while (!"needs".equals(main.getRow(0).getCell(col).getStringCellValue())) {
                col++;
            }
            assertThat(main.getRow(1).getCell(col).getStringCellValue()).isEqualTo("Food; Health");
            Sheet members = wb.getSheet("member");
            assertThat(members.getLastRowNum()).isEqualTo(3);
            assertThat(wb).extracting(Sheet::getSheetName).containsExactly("flow", "member");
        }
        assertThat(Files.readString(out.resolve("read_flow.R"))).contains("read_campo(\"flow\")",
                "read_campo(\"member\")");
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".campo-xlsx-"));
        }
    }

    @Test
    void sensitiveFieldsAreExportedOnlyWhenAskedAndTheChoiceIsAudited() throws Exception {
        Path out = tmp.resolve("sensitive");
        exporter().export(DatasetOptions.defaults("flow", DatasetFormat.CSV).withSensitive(true), out,
                ProgressListener.NONE);
        assertThat(Files.readString(out.resolve("flow.csv"))).contains(CANARY);
        assertThat(study.audit().entries(1, 1000)).extracting(e -> e.action())
                .contains("export.sensitive.included", "export");
    }

    @Test
    void researchersCannotIncludeSensitiveFields() throws Exception {
        study.addMember("rosa", Role.RESEARCHER, "another long passphrase".toCharArray());
        study.lock();
        StudyService studies = new StudyService(Clock.systemUTC(), "device-1", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        study = studies.unlock(tmp.resolve("s.campo"), "rosa", "another long passphrase".toCharArray());
        forms = new FormLibrary(study, new XlsFormCompiler(), new FormLoader(FormDefinitionCache.inMemory()));
        assertThatThrownBy(() -> exporter().export(DatasetOptions.defaults("flow", DatasetFormat.CSV)
                .withSensitive(true), tmp.resolve("x"), ProgressListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }
}
