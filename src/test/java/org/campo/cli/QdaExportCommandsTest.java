package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.campo.consent.ConsentFixture;
import org.campo.export.qda.AnalysedStudy;
import org.campo.export.qda.ExportedText;
import org.campo.model.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The qualitative-analysis exports through the command line, on a real study file. */
class QdaExportCommandsTest {
    @TempDir
    Path dir;
    Path study;
    CliRun cli;

    @BeforeEach
    void setUp() {
        try (AnalysedStudy s = new AnalysedStudy(dir)) {
            s.f.study.addMember("irb", Role.IRB, ConsentFixture.IRB_PASSPHRASE);
            study = s.file();
        }
        cli = new CliRun(dir.resolve("cli-home")).passphrase(new String(ConsentFixture.PASSPHRASE));
    }

    @Test
    void everyExportWritesBothFormatsWithoutRefusedQuotesOrSensitiveValues() throws Exception {
        Path out = dir.resolve("out");
        List<String[]> commands = List.of(
                new String[] {"export", "matrix", study.toString(), "--by", "source_group", "--format", "xlsx", "-o",
                        out.resolve("matrix.xlsx").toString()},
                new String[] {"export", "matrix", study.toString(), "--by", "source_group,city", "--format", "docx",
                        "-o", out.resolve("matrix.docx").toString()},
                new String[] {"export", "quotes", study.toString(), "--format", "docx", "-o",
                        out.resolve("quotes.docx").toString()},
                new String[] {"export", "quotes", study.toString(), "--code", "Barriers/Documentation", "--format",
                        "xlsx", "-o", out.resolve("quotes.xlsx").toString()},
                new String[] {"export", "participants", study.toString(), "--by", "source_group,city", "--format",
                        "xlsx", "-o", out.resolve("participants.xlsx").toString()},
                new String[] {"export", "participants", study.toString(), "--by", "source_group", "--format", "pdf",
                        "--min-cell", "2", "-o", out.resolve("participants.pdf").toString()},
                new String[] {"export", "transcripts", study.toString(), "--format", "pdf", "-o",
                        out.resolve("pdf").toString()},
                new String[] {"export", "transcripts", study.toString(), "--format", "docx", "-o",
                        out.resolve("docx").toString()});
        for (String[] args : commands) {
            CliRun.Result r = cli.run(withUser(args));
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isZero();
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(6 + 4 + 4);
        for (Path file : files) {
            String text = ExportedText.of(file);
            assertThat(text).as(file.toString()).doesNotContain(AnalysedStudy.CANARY);
            if (file.getFileName().toString().startsWith("quotes") || file.getFileName().toString().startsWith("matrix")) {
                assertThat(text).as(file.toString()).doesNotContain("Prefiero que no me citen").doesNotContain("P-00")
                        .doesNotContain("KI-GOV");
            }
        }
        assertThat(ExportedText.of(out.resolve("quotes.docx"))).contains("(Key informant, government, Lima)")
                .contains("1 coded segment of 1 participant who did not allow direct quotation is left out");
        assertThat(ExportedText.of(out.resolve("pdf/Interview_KI-GOV-01.pdf"))).contains("Barriers/Health [2]")
                .contains("Compare with the MINSA directive.").contains("Source group");
    }

    @Test
    void agreementPrintsALinePerCodeAndAnOverallLine() throws Exception {
        Path xlsx = dir.resolve("agreement.xlsx");
        CliRun.Result r = cli.run(withUser(new String[] {"qda", "agreement", study.toString(), "--coders", "coord,beto",
                "-o", xlsx.toString()}));

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Barriers/Health").contains("Barriers/Documentation").contains("Overall")
                .contains("kappa").contains("alpha");
        assertThat(r.out().lines().filter(l -> l.startsWith("Barriers/Documentation")).findFirst().orElseThrow())
                .contains("100.0%").contains("kappa  1.000");
        assertThat(ExportedText.of(xlsx)).contains("Differences");
    }

    @Test
    void theIrbRoleCanRunNone() {
        CliRun irb = new CliRun(dir.resolve("irb-home")).passphrase(new String(ConsentFixture.IRB_PASSPHRASE));
        List<String[]> commands = List.of(
                new String[] {"export", "matrix", study.toString(), "--by", "source_group", "--format", "xlsx", "-o",
                        dir.resolve("m.xlsx").toString()},
                new String[] {"export", "quotes", study.toString(), "--format", "docx", "-o",
                        dir.resolve("q.docx").toString()},
                new String[] {"export", "transcripts", study.toString(), "--format", "pdf", "-o",
                        dir.resolve("t").toString()},
                new String[] {"export", "participants", study.toString(), "--by", "city", "--format", "pdf", "-o",
                        dir.resolve("p.pdf").toString()},
                new String[] {"qda", "agreement", study.toString(), "--coders", "coord,beto"},
                new String[] {"qda", "sources", study.toString()},
                new String[] {"qda", "segments", study.toString(), "--code", "Barriers"});
        for (String[] args : commands) {
            String[] withIrb = Stream.concat(Stream.of(args), Stream.of("--user", "irb")).toArray(String[]::new);
            CliRun.Result r = irb.run(withIrb);
            assertThat(r.code()).as(String.join(" ", args) + "\n" + r).isEqualTo(ExitCode.DENIED);
            assertThat(r.out()).as("nothing printed before the refusal: " + String.join(" ", args)).isBlank();
        }
        assertThat(dir.resolve("m.xlsx")).doesNotExist();
        assertThat(dir.resolve("t")).doesNotExist();
    }

    @Test
    void aSensitiveAttributeNeedsTheOptIn() {
        CliRun.Result refused = cli.run(withUser(new String[] {"export", "participants", study.toString(), "--by",
                "gender_identity", "--format", "xlsx", "-o", dir.resolve("p.xlsx").toString()}));
        assertThat(refused.code()).isEqualTo(ExitCode.PROBLEM);
        assertThat(refused.err()).contains("gender_identity").contains("sensitive");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path file = dir.resolve("quotes.docx");
        java.nio.file.Files.writeString(file, "keep me");
        CliRun.Result refused = cli.run(withUser(new String[] {"export", "quotes", study.toString(), "--format",
                "docx", "-o", file.toString()}));
        assertThat(refused.code()).as(refused.toString()).isNotZero();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("keep me");
        CliRun.Result forced = cli.run(withUser(new String[] {"export", "quotes", study.toString(), "--format",
                "docx", "-o", file.toString(), "--force"}));
        assertThat(forced.code()).as(forced.toString()).isZero();
    }

    private static String[] withUser(String[] args) {
        return Stream.concat(Stream.of(args), Stream.of("--user", "coord")).toArray(String[]::new);
    }
}
