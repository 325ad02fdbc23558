package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.export.qda.CodebookFiles;
import org.campo.qda.CodebookEntry;
import org.campo.qda.refi.QdcCodebook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campo qda …} in process: import, codebook in and out, code by code points, segments, search. */
class QdaCommandsTest {
    @TempDir
    Path dir;
    Path study;
    CliRun cli;

    @BeforeEach
    void setUp() {
        try (ConsentFixture f = new ConsentFixture(dir)) {
            Participant p = f.participant("P-001", Map.of());
            f.verbalConsent(p, ConsentFixture.allGranted());
            f.ctx.qda(f.study).cases().setAttribute(p.id(), "city", "Tumbes", false);
            study = f.file;
        }
        cli = new CliRun(dir.resolve("cli-home")).passphrase(new String(ConsentFixture.PASSPHRASE));
    }

    private CliRun.Result ok(String... args) {
        CliRun.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void importCodeAndRetrieveByCodePoints() throws Exception {
        Path hola = Files.write(dir.resolve("hola.txt"), "Hola 😀 señor\r\nNiños y niñas".getBytes(StandardCharsets.UTF_8));
        CodebookEntry saludo = new CodebookEntry(null, "Saludo", "Formas de dirigirse a alguien", "Tratamientos",
                null, "«señor»", "#ff7f0e", true, List.of());
        Path qdc = dir.resolve("libro.qdc");
        Files.write(qdc, QdcCodebook.write(List.of(new CodebookEntry(null, "Cortesía", null, null, null, null, null,
                false, List.of(saludo))), "test"));

        String imported = ok("qda", "import", study.toString(), hola.toString(), "--case", "P-001", "--user", "coord").out();
        String sourceId = imported.strip().split("\\s+")[1];
        assertThat(imported).contains("hola", "26");
        assertThat(ok("qda", "codebook", "import", study.toString(), qdc.toString(), "--user", "coord").out())
                .contains("2");

        String coded = ok("qda", "code", study.toString(), "--source", sourceId, "--start", "7", "--end", "12",
                "--code", "Cortesía/Saludo", "--user", "coord").out();
        assertThat(coded).contains("«señor»", "[7, 12)");
        ok("qda", "code", study.toString(), "--source", sourceId, "--start", "21", "--end", "26",
                "--code", "cortesia/saludo", "--coder", "coord", "--user", "coord");
        CliRun.Result pastTheEnd = cli.run("qda", "code", study.toString(), "--source", sourceId, "--start", "21",
                "--end", "30", "--code", "Cortesía/Saludo", "--user", "coord");
        assertThat(pastTheEnd.code()).as(pastTheEnd.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(pastTheEnd.err()).contains("[21, 30)").contains("26 characters").contains("code points from 0 to 26");

        String segments = ok("qda", "segments", study.toString(), "--code", "Cortesía", "--where", "city=tumbes",
                "--user", "coord").out();
        assertThat(segments.lines()).contains("P-001\tTumbes\tcoord\thola\t7\t12\tCortesía/Saludo\tseñor",
                "P-001\tTumbes\tcoord\thola\t21\t26\tCortesía/Saludo\tniñas");
        assertThat(segments).endsWith("2 segments." + System.lineSeparator());
        CliRun.Result cusco = cli.run("qda", "segments", study.toString(), "--code", "Cortesía", "--where",
                "city=Cusco", "--user", "coord");
        assertThat(cusco.code()).as(cusco.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(cusco.err()).contains("city").contains("Cusco").contains("Tumbes");
        CliRun.Result misspelt = cli.run("qda", "segments", study.toString(), "--code", "Cortesía", "--where",
                "ciudad=Tumbes", "--user", "coord");
        assertThat(misspelt.code()).as(misspelt.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(misspelt.err()).contains("ciudad").contains("city");
        assertThat(ok("qda", "sources", study.toString(), "--user", "coord").out().lines())
                .contains(sourceId + "\thola\tP-001\t26\t2");
        assertThat(ok("qda", "search", study.toString(), "NINOS", "--user", "coord").out())
                .contains(sourceId + "\thola\t13\t18\tHola 😀 señor [Niños] y niñas", "1 hit.");
    }

    @Test
    void codebookExportsAsValidQdcAndAsXlsxThatImportsBack() throws Exception {
        try (var open = cli.context.studies().unlock(study, "coord", ConsentFixture.PASSPHRASE)) {
            var book = cli.context.qda(open).codebook();
            var top = book.create(null, "Barreras", "Lo que impide el acceso", null);
            book.create(top.id(), "Acceso a salud", "SIS, VIH, salud mental", "#1f77b4");
        }
        Path qdc = dir.resolve("out.qdc");
        Path xlsx = dir.resolve("out.xlsx");
        ok("qda", "codebook", "export", study.toString(), "-o", qdc.toString(), "--user", "coord");
        ok("qda", "codebook", "export", study.toString(), "-o", xlsx.toString(), "--user", "coord");

        assertThat(QdcCodebook.validate(Files.readAllBytes(qdc))).isEmpty();
        List<CodebookEntry> fromXlsx = CodebookFiles.read(xlsx);
        assertThat(fromXlsx).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Barreras");
            assertThat(e.definition()).isEqualTo("Lo que impide el acceso");
            assertThat(e.children()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("Acceso a salud");
                assertThat(c.color()).isEqualTo("#1f77b4");
            });
        });
        assertThat(QdcCodebook.read(Files.readAllBytes(qdc), "out.qdc").get(0).children().get(0).definition())
                .isEqualTo("SIS, VIH, salud mental");
        assertThat(ok("qda", "codebook", "import", study.toString(), xlsx.toString(), "--user", "coord").out())
                .as("importing the same codebook again adds nothing").contains("0 codes added");
    }

    @Test
    void aHostileOrBrokenCodebookIsRefusedWithASentenceAndAddsNothing() throws Exception {
        Path xxe = Files.writeString(dir.resolve("xxe.qdc"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM"
                + " \"file:///etc/passwd\">]><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code"
                + " guid=\"00000000-0000-4000-8000-000000000001\" name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
        Path project = Files.writeString(dir.resolve("project.qdc"),
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>");
        Path cut = Files.writeString(dir.resolve("cut.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");

        CliRun.Result doctype = cli.run("qda", "codebook", "import", study.toString(), xxe.toString(), "--user", "coord");
        assertThat(doctype.code()).as(doctype.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(doctype.err()).contains("xxe.qdc declares a DOCTYPE").contains("nothing was imported")
                .doesNotContain("apache.org");
        CliRun.Result wrongRoot = cli.run("qda", "codebook", "import", study.toString(), project.toString(),
                "--user", "coord");
        assertThat(wrongRoot.code()).isEqualTo(ExitCode.PROBLEM);
        assertThat(wrongRoot.err()).contains("its root element is Project, not CodeBook");
        CliRun.Result broken = cli.run("qda", "codebook", "import", study.toString(), cut.toString(), "--user", "coord");
        assertThat(broken.code()).isEqualTo(ExitCode.PROBLEM);
        assertThat(broken.err()).contains("cut.qdc is not well-formed XML (line 1");
        assertThat(ok("qda", "codebook", "export", study.toString(), "-o", dir.resolve("empty.xlsx").toString(),
                "--user", "coord").out()).contains("0 codes written");
        CliRun.Result emptyQdc = cli.run("qda", "codebook", "export", study.toString(), "-o",
                dir.resolve("empty.qdc").toString(), "--user", "coord");
        assertThat(emptyQdc.code()).as(emptyQdc.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(emptyQdc.err()).contains("has no codes yet");
        assertThat(dir.resolve("empty.qdc")).doesNotExist();
    }

    @Test
    void anUnsupportedFileIsRefusedAndNothingIsImported() throws Exception {
        Path good = Files.writeString(dir.resolve("a.txt"), "texto");
        Path bad = Files.writeString(dir.resolve("b.pdf"), "%PDF-1.4");

        CliRun.Result r = cli.run("qda", "import", study.toString(), good.toString(), bad.toString(), "--user", "coord");

        assertThat(r.code()).as(r.toString()).isEqualTo(ExitCode.PROBLEM);
        assertThat(r.err()).contains("b.pdf");
        assertThat(ok("qda", "sources", study.toString(), "--user", "coord").out().lines()).hasSize(1);
    }

    @Test
    void segmentsOnTheDemoListCaseAndCoder() {
        CliRun demo = new CliRun(dir.resolve("demo-home"));
        Path file = dir.resolve("demo.campo");
        CliRun.Result created = demo.run("demo", "create", file.toString(), "--submissions", "20");
        assertThat(created.code()).as(created.toString()).isZero();
        demo.passphrase(org.campo.demo.DemoStudy.DEFAULT_PASSPHRASE);

        CliRun.Result r = demo.run("qda", "segments", file.toString(), "--code", "Acceso a salud", "--user", "demo");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> rows = r.out().lines().skip(1).filter(l -> l.contains("\t")).toList();
        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(l -> assertThat(l.split("\t")[0]).matches("KI-[A-Z]{3}-\\d{2}|P-\\d{3}"));
        assertThat(rows).anyMatch(l -> l.split("\t")[2].equals("demo")).anyMatch(l -> l.split("\t")[2].equals("rosa"));
        // The group reads as the interview forms' option labels, as quotes are attributed.
        assertThat(rows).anyMatch(l -> l.split("\t")[1].equals("Civil society (NGO), Lima"))
                .anyMatch(l -> l.split("\t")[1].equals("Migrants, Trujillo"))
                .noneMatch(l -> l.split("\t")[1].matches(".*(civil_society|migrant|lima|tumbes).*"));
        assertThat(rows).anyMatch(l -> l.contains("Acceso a salud/VIH y salud trans"));
        CliRun.Result tumbes = demo.run("qda", "segments", file.toString(), "--code", "Violencia", "--where",
                "city=tumbes", "--where", "source_group=migrant", "--user", "demo");
        assertThat(tumbes.out().lines().skip(1).filter(l -> l.contains("\t")).toList())
                .isNotEmpty().allMatch(l -> l.startsWith("P-003") || l.startsWith("P-005"));
        CliRun.Result byLabel = demo.run("qda", "segments", file.toString(), "--code", "Violencia", "--where",
                "city=Tumbes", "--where", "source_group=Personas migrantes", "--user", "demo");
        assertThat(byLabel.out()).as(byLabel.toString()).isEqualTo(tumbes.out());
    }
}
