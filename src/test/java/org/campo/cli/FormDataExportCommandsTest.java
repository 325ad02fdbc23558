package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campo form check|compile|import}, {@code campo data import} and {@code campo export dataset}. */
class FormDataExportCommandsTest {
    private static final String PASS = "quinua maiz cebada";

    @TempDir
    Path dir;
    CliRun cli;
    Path study;

    @BeforeEach
    void setUp() throws Exception {
        cli = new CliRun(dir.resolve("home"));
        study = dir.resolve("tumbes.campo");
    }

    private void createStudy() {
        CliRun.Result r = cli.passphrase(PASS).run("study", "create", study.toString(), "--name", "Flujos", "--user",
                "ana");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    private Path shipped(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /** A workbook whose note refers to ${nmae}, a question that does not exist. */
    private Path brokenWorkbook() throws Exception {
        Path p = dir.resolve("broken.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet survey = wb.createSheet("survey");
            String[][] rows = {{"type", "name", "label"}, {"text", "name", "Nombre"},
                    {"note", "greeting", "Hola ${nmae}"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = survey.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        return p;
    }

    @Test
    void checkPrintsLocatedErrorsAndExitsOneOnABrokenReference() throws Exception {
        Path broken = brokenWorkbook();
        CliRun.Result r = cli.run("form", "check", shipped("flow-count.xlsx").toString(), broken.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("flow-count.xlsx: 0 error(s)");
        assertThat(r.out()).containsPattern("broken\\.xlsx: error: survey!3 \\(label[^)]*\\): .*nmae");
        assertThat(r.out()).contains("broken.xlsx: 1 error(s)");
    }

    @Test
    void checkOfGoodWorkbooksExitsZeroAndSpeaksSpanish() throws Exception {
        CliRun.Result r = cli.run("--lang", "es", "form", "check", shipped("flow-monitoring-survey.xlsx").toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("0 error(es)");
    }

    @Test
    void compileWritesTheXFormOrNothing() throws Exception {
        Path out = dir.resolve("count.xml");
        CliRun.Result r = cli.run("form", "compile", shipped("flow-count.xlsx").toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(Files.readString(out)).contains("<h:html").contains("campo_flow_count");
        Path none = dir.resolve("broken.xml");
        CliRun.Result bad = cli.run("form", "compile", brokenWorkbook().toString(), "-o", none.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(none).doesNotExist();
    }

    @Test
    void compileOfAWorkbookWithoutAVersionSaysSoWithoutPrintingNull() throws Exception {
        Path form = dir.resolve("noversion.csv");
        Files.writeString(form, "survey,,,\n,type,name,label\n,text,who,Who?\n");
        Path out = dir.resolve("noversion.xml");
        CliRun.Result r = cli.run("form", "compile", form.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Compiled form \"noversion\" to " + out).doesNotContain("null");
        CliRun.Result es = cli.run("--lang", "es", "form", "compile", form.toString(), "-o", out.toString());
        assertThat(es.out()).contains("Se compiló el formulario «noversion» en " + out).doesNotContain("null");
    }

    @Test
    void checkSaysAMissingFileOrAFolderIsNotAFormInsteadOfCallingItDamaged() throws Exception {
        Path missing = dir.resolve("nonexistent.xlsx");
        CliRun.Result r = cli.run("form", "check", missing.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains(missing + ": error: There is no form file at " + missing)
                .doesNotContain("damaged").contains("1 error(s)");
        CliRun.Result es = cli.run("--lang", "es", "form", "check", missing.toString());
        assertThat(es.out()).contains("No hay ningún archivo de formulario en " + missing);

        Path folder = Files.createDirectories(dir.resolve("forms.xlsx"));
        CliRun.Result f = cli.run("form", "check", folder.toString());
        assertThat(f.code()).as(f.toString()).isEqualTo(1);
        assertThat(f.out()).contains(folder + " is a folder, not a form file").doesNotContain("damaged");

        Path out = dir.resolve("x.xml");
        CliRun.Result c = cli.run("form", "compile", missing.toString(), "-o", out.toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.out()).contains("There is no form file at " + missing);
        assertThat(out).doesNotExist();
    }

    @Test
    void checkSaysAFileItMayNotReadCannotBeRead() throws Exception {
        Path locked = shipped("flow-count.xlsx");
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false, false));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "the tests run with rights to read anything");
        CliRun.Result r = cli.run("form", "check", locked.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("Campo may not read the form file " + locked).doesNotContain("damaged");
    }

    @Test
    void importOfAMissingWorkbookSaysItIsNotThere() throws Exception {
        createStudy();
        Path missing = dir.resolve("nonexistent.xlsx");
        CliRun.Result r = cli.passphrase(PASS).run("form", "import", study.toString(), missing.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("There is no form file at " + missing);
    }

    @Test
    void importAddsTheFormOnceAndThenDataImportStoresInstancesSkippingDuplicates() throws Exception {
        createStudy();
        Path form = shipped("flow-count.xlsx");
        CliRun.Result r = cli.run("form", "import", study.toString(), form.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Imported form \"campo_flow_count\"");
        assertThat(cli.run("form", "import", study.toString(), form.toString()).out()).contains("already in the study");

        String version = cli.context.studies().unlock(study, "ana", PASS.toCharArray()).forms()
                .latestVersions().get(0).version();
        Path a = instance("a.xml", "campo_flow_count", version, "uuid:11111111-1111-4111-8111-111111111111");
        Path b = instance("b.xml", "campo_flow_count", version, "uuid:22222222-2222-4222-8222-222222222222");
        CliRun.Result imported = cli.run("data", "import", study.toString(), "--form", "campo_flow_count",
                a.toString(), b.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.out()).contains("Imported 2 submission(s)");
        CliRun.Result again = cli.run("data", "import", study.toString(), "--form", "campo_flow_count", a.toString());
        assertThat(again.out()).contains("Skipped uuid:11111111").contains("Imported 0 submission(s)");
        CliRun.Result other = cli.run("data", "import", study.toString(), "--form", "campo_flow_count",
                instance("c.xml", "household", "1", "uuid:c").toString());
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("c.xml is not a submission of form \"campo_flow_count\"");
    }

    @Test
    void formListShowsIdsVersionsTitlesAndSubmissionCounts() throws Exception {
        createStudy();
        CliRun.Result empty = cli.passphrase(PASS).run("form", "list", study.toString());
        assertThat(empty.code()).as(empty.toString()).isZero();
        assertThat(empty.out()).contains("No forms yet");

        cli.run("form", "import", study.toString(), shipped("flow-count.xlsx").toString());
        String version = cli.context.studies().unlock(study, "ana", PASS.toCharArray()).forms()
                .latestVersions().get(0).version();
        cli.run("data", "import", study.toString(), "--form", "campo_flow_count",
                instance("a.xml", "campo_flow_count", version, "uuid:11111111-1111-4111-8111-111111111111").toString());
        CliRun.Result list = cli.run("form", "list", study.toString());
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out().lines().findFirst().orElseThrow())
                .containsPattern("Form id +Version +Final +Draft +Title");
        assertThat(list.out()).containsPattern("campo_flow_count +" + version + " +1 +0  \\S");

        CliRun.Result spanish = cli.run("--lang", "es", "form", "list", study.toString());
        assertThat(spanish.out()).contains("Id del formulario").contains("Borradores");
    }

    private Path instance(String name, String formId, String version, String uuid) throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"" + formId + "\" version=\"" + version
                + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>1</group_seq></crossing><meta><instanceID>" + uuid + "</instanceID></meta></data>";
        Path p = dir.resolve(name);
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void exportDatasetWritesCsvWithLabelsAndLeavesSensitiveFieldsOut() throws Exception {
        Path demo = dir.resolve("demo.campo");
        assertThat(cli.run("demo", "create", demo.toString(), "--submissions", "25").code()).isZero();
        Path out = dir.resolve("csv");
        CliRun.Result r = cli.passphrase("campo-demo-2024").run("export", "dataset", demo.toString(), "--user", "demo",
                "--form", "campo_flow_monitoring_survey", "--format", "csv", "-o", out.toString(), "--labels");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote 25 submission(s)").contains("Sensitive fields were left out");
        Path main;
        try (Stream<Path> files = Files.list(out)) {
            // the main table is named after the form; repeats and the corrections log have their own files
            main = files.filter(p -> p.getFileName().toString().equals("campo_flow_monitoring_survey.csv"))
                    .filter(p -> Files.isRegularFile(p)).findFirst().orElseThrow();
        }
        String csv = Files.readString(main);
        assertThat(csv).contains("CEBAF").doesNotContain("gender_identity");

        Path xlsx = dir.resolve("xlsx");
        CliRun.Result x = cli.run("export", "dataset", demo.toString(), "--user", "demo", "--form", "campo_flow_count",
                "--format",
                "xlsx", "-o", xlsx.toString(), "--include-sensitive", "--include-drafts");
        assertThat(x.code()).as(x.toString()).isZero();
        assertThat(x.out()).doesNotContain("Sensitive fields were left out");
        CliRun.Result bad = cli.run("export", "dataset", demo.toString(), "--user", "demo", "--form", "campo_flow_count",
                "--format",
                "pdf", "-o", xlsx.toString());
        assertThat(bad.code()).isEqualTo(2);
    }
}
