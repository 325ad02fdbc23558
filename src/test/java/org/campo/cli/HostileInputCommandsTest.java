package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campo.common.CampoException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input at the command line: a form id that tries to leave the export folder, a zip
 * bomb, an unexpected failure, memory or stack exhaustion, an unreadable stored submission.
 * Each gives one translated sentence (no class name, no library text, no stack trace without
 * {@code --debug}) and the documented exit code; nothing is written outside {@code -o}.
 */
class HostileInputCommandsTest {
    private static final String PASS = "quinua maiz cebada";

    @TempDir
    Path dir;
    CliRun cli;
    Path study;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("home")).passphrase(PASS);
        study = dir.resolve("s.campo");
    }

    private void createStudy() {
        CliRun.Result r = cli.run("study", "create", study.toString(), "--name", "S", "--user", "ana", "--role",
                "coordinator");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    static void assertOneCleanLine(CliRun.Result r) {
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as(r.toString()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ")
                .doesNotContain("org.apache").doesNotContain("java.");
    }

    @Test
    void aFormIdThatClimbsOutOfTheFolderStaysInsideIt() throws Exception {
        createStudy();
        Path form = dir.resolve("evil.md");
        Files.writeString(form, """
                | settings |
                | | form_id | version |
                | | ../../etc/x | 1 |

                | survey |
                | | type | name | label |
                | | text | place | Place |
                | | begin repeat | kids | Kids |
                | | text | kid | Kid |
                | | end repeat | | |
                """);
        CliRun.Result imported = cli.run("form", "import", study.toString(), form.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        Path instance = dir.resolve("i.xml");
        Files.writeString(instance, "<data id=\"../../etc/x\" version=\"1\"><place>P</place><kids><kid>a</kid></kids>"
                + "<meta><instanceID>uuid:1</instanceID></meta></data>");
        CliRun.Result data = cli.run("data", "import", study.toString(), "--form", "../../etc/x", instance.toString());
        assertThat(data.code()).as(data.toString()).isZero();

        Path deep = Files.createDirectories(dir.resolve("a/b/c"));
        for (String format : List.of("xlsx", "csv")) {
            Path out = deep.resolve("out-" + format);
            CliRun.Result r = cli.run("export", "dataset", study.toString(), "--form", "../../etc/x", "--format",
                    format, "-o", out.toString());
            assertThat(r.code()).as(r.toString()).isZero();
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList())
                        .anyMatch(n -> n.startsWith("_.._etc_x")).noneMatch(n -> n.startsWith("."));
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("x")).toList()).isEmpty();
        }
        assertThat(dir.resolve("a/etc")).doesNotExist();
        assertThat(deep.resolve("etc")).doesNotExist();
    }

    @Test
    void aZipBombIsOneSentenceWithoutPoiText() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(200_000);
        CliRun.Result r = cli.run("form", "check", bomb.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("bomb.xlsx").contains("unpacks to far more data").doesNotContain("Zip bomb detected").doesNotContain("override")
                .doesNotContain("Exception");
    }

    @Test
    void aLabelThatCannotBeWrittenIsReportedByCompileNotInputLength() throws Exception {
        Path form = dir.resolve("odd.md");
        Files.writeString(form, "| survey |\n| | type | name | label |\n| | note | n | odd \uFFFE text |\n");
        Path xml = dir.resolve("odd.xml");
        CliRun.Result r = cli.run("form", "compile", form.toString(), "-o", xml.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("survey!2 (label)").contains("U+FFFE").doesNotContain("Input length");
        assertThat(xml).doesNotExist();
    }

    @Test
    void unexpectedFailuresNameNoClassAndExhaustionExitsFour() {
        assertThat(ErrorReport.sentence(new IllegalStateException("boom in java.util")))
                .doesNotContain("IllegalStateException").doesNotContain("boom").contains("--debug");
        CampoException deep = new CampoException(new StackOverflowError(), "form.runtime.invalidForm", "x");
        assertThat(ErrorReport.exitCode(deep)).isEqualTo(ExitCode.FAILURE);
        assertThat(ErrorReport.sentence(deep)).contains("nested");
        CampoException memory = new CampoException(new OutOfMemoryError("Java heap space"), "common.io", "f");
        assertThat(ErrorReport.exitCode(memory)).isEqualTo(ExitCode.FAILURE);
        assertThat(ErrorReport.sentence(memory)).contains("memory").doesNotContain("heap");
        assertThat(ErrorReport.exitCode(new CampoException("common.io", "f"))).isEqualTo(ExitCode.PROBLEM);
        assertThat(ErrorReport.sentence(new CampoException("collect.instanceUnreadable", "a\nb", 1, 2)))
                .doesNotContain("\n");
    }

    /**
     * A form at the nesting limit that the form engine cannot parse on this thread's stack: the
     * check does not report the engine's error class as a problem of the form (exit 1) but stops
     * with the sentence for an exhausted stack (exit 4). The small stack stands in for a laptop
     * with less room than the engine's recursive parse needs.
     */
    @Test
    void aStackOverflowInTheFormEngineExitsFourWithASentenceNotItsClassName() throws Exception {
        Path form = dir.resolve("deep.md");
        Files.writeString(form, nestedGroups(100));
        CliRun.Result r = onSmallStack(() -> cli.run("form", "check", form.toString()));
        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
        assertOneCleanLine(r);
        assertThat(r.err()).contains("nested").doesNotContain("StackOverflow");
        assertThat(r.out()).doesNotContain("StackOverflow");
    }

    /** Below the smallest stack the JVM gives a thread (it rounds up to that): the engine's parse overflows it. */
    private static final long SMALL_STACK = 64 * 1024;

    private static CliRun.Result onSmallStack(java.util.function.Supplier<CliRun.Result> command) throws Exception {
        CliRun.Result[] result = new CliRun.Result[1];
        Thread thread = new Thread(null, () -> result[0] = command.get(), "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        return result[0];
    }

    /** Groups nested {@code depth} deep, each shown only when the first answer is above its level. */
    private static String nestedGroups(int depth) {
        StringBuilder md = new StringBuilder("| survey |\n| | type | name | label | relevant |\n"
                + "| | integer | level | Level | |\n");
        for (int i = 0; i < depth; i++) {
            md.append("| | begin group | g").append(i).append(" | G").append(i).append(" | ${level} > ").append(i)
                    .append(" |\n");
        }
        md.append("| | text | deep | Deep | |\n");
        for (int i = 0; i < depth; i++) {
            md.append("| | end group | | | |\n");
        }
        return md.toString();
    }

    @Test
    void anUnreadableStoredSubmissionIsListedByExportAndQuarantinedByCommand() throws Exception {
        createStudy();
        Path form = dir.resolve("tally.md");
        Files.writeString(form, "| settings |\n| | form_id |\n| | tally |\n\n| survey |\n| | type | name | label |\n"
                + "| | text | place | Place |\n");
        assertThat(cli.run("form", "import", study.toString(), form.toString()).code()).isZero();
        Path good = dir.resolve("good.xml");
        Files.writeString(good, "<data id=\"tally\"><place>P</place><meta><instanceID>uuid:g</instanceID></meta></data>");
        assertThat(cli.run("data", "import", study.toString(), "--form", "tally", good.toString()).code()).isZero();
        String badId = PoisonedRow.insert(cli.context, study, PASS, "tally");

        CliRun.Result export = cli.run("export", "dataset", study.toString(), "--form", "tally", "--format", "csv",
                "-o", dir.resolve("out").toString());
        assertThat(export.code()).as(export.toString()).isZero();
        assertThat(export.out()).contains("Wrote 1 submission(s)").contains("Left out submission " + badId)
                .contains("campo data quarantine");

        Path saved = dir.resolve("bad-copy.xml");
        CliRun.Result q = cli.run("data", "quarantine", study.toString(), "--submission", badId, "--save",
                saved.toString());
        assertThat(q.code()).as(q.toString()).isZero();
        assertThat(q.out()).contains("Removed unreadable submission " + badId);
        assertThat(saved).exists();
        CliRun.Result again = cli.run("export", "dataset", study.toString(), "--form", "tally", "--format", "csv",
                "-o", dir.resolve("out2").toString());
        assertThat(again.out()).doesNotContain("Left out");
        CliRun.Result audit = cli.run("audit", "verify", study.toString());
        assertThat(audit.code()).as(audit.toString()).isZero();
    }
}
