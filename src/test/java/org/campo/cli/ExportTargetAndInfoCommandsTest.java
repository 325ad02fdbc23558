package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first on the command line: a file that is not a study, summary tables
 * crossed by a column name the dataset export wrote, an export over files that exist (refused
 * without --force), the R script beside a workbook, and the documented passphrase variables.
 */
class ExportTargetAndInfoCommandsTest {
    @TempDir
    static Path dir;
    static CliRun cli;
    static Path demo;

    @BeforeAll
    static void demoStudy() {
        cli = new CliRun(dir.resolve("home"));
        demo = dir.resolve("demo.campo");
        CliRun.Result r = cli.run("demo", "create", demo.toString(), "--submissions", "30");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("campo-demo-2024");
        cli.passphrase("campo-demo-2024");
    }

    @Test
    void studyInfoOnAFileThatIsNotAStudySaysSoInOneTranslatedSentence() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "# Campo\n");
        CliRun.Result r = cli.run("--lang", "es", "study", "info", readme.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(readme + " no es un archivo de estudio de Campo.");
        assertThat(r.err()).doesNotContain("SQLITE");
    }

    @Test
    void summaryCrossesByTheColumnNameTheDatasetExportWrites() {
        Path pdf = dir.resolve("by.xlsx");
        CliRun.Result r = cli.run("export", "summary", demo.toString(), "--user", "demo", "--form",
                "campo_flow_monitoring_survey", "--format", "xlsx", "-o", pdf.toString(), "--by",
                "screening-point_code");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(pdf).exists();
    }

    @Test
    void exportsRefuseToWriteOverFilesUnlessForced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("full"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        String[] dataset = {"export", "dataset", demo.toString(), "--user", "demo", "--form",
                "campo_flow_monitoring_survey", "--format", "xlsx", "-o", folder.toString()};
        CliRun.Result refused = cli.run(dataset);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds files").contains("--force");
        assertThat(folder.resolve("campo_flow_monitoring_survey.xlsx")).doesNotExist();

        String[] forced = java.util.Arrays.copyOf(dataset, dataset.length + 1);
        forced[dataset.length] = "--force";
        CliRun.Result written = cli.run(forced);
        assertThat(written.code()).as(written.toString()).isZero();
        String r = Files.readString(folder.resolve("read_campo_flow_monitoring_survey.R"));
        assertThat(r).contains("library(readxl)", "read_excel(\"campo_flow_monitoring_survey.xlsx\"")
                .doesNotContain(".csv\")");

        Path log = Files.writeString(dir.resolve("log.pdf"), "old");
        CliRun.Result exists = cli.run("--lang", "es", "export", "consent-log", demo.toString(), "--user", "demo",
                "--format", "pdf", "-o", log.toString());
        assertThat(exists.code()).isEqualTo(1);
        assertThat(exists.err()).contains("ya existe").contains("--force");
        assertThat(cli.run("export", "consent-log", demo.toString(), "--user", "demo", "--format", "pdf", "-o",
                log.toString(), "--force").code()).isZero();
    }

    @Test
    void helpDocumentsThePassphraseVariables() {
        assertThat(cli.run("--help").out()).contains("CAMPO_PASSPHRASE", "CAMPO_NEW_PASSPHRASE");
        assertThat(cli.run("study", "member", "add", "--help").out()).contains("CAMPO_NEW_PASSPHRASE");
    }

    @Test
    void studyInfoMarksARetiredPointAndStillListsIt() {
        try (var study = cli.context.studies().unlock(demo, "demo", "campo-demo-2024".toCharArray())) {
            cli.context.sites(study).retire("TACNA-SC");
        }
        CliRun.Result r = cli.run("study", "info", demo.toString(), "--user", "demo");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("TACNA-SC  Santa Rosa, Tacna  (retired: kept in data and exports, not offered for new work)")
                .contains("CEBAF-TUMBES  CEBAF Tumbes\n");
        try (var study = cli.context.studies().unlock(demo, "demo", "campo-demo-2024".toCharArray())) {
            cli.context.sites(study).reactivate("TACNA-SC");
        }
    }
}
