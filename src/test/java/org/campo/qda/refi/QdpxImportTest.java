package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campo.common.CampoException;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxImportTest {
    private static final String NS = ProjectSchema.NAMESPACE;
    private static final Path CORPUS_SAMPLE =
            Path.of("../shared/corpus/refi/samples/atlasti_standard_project_2019/TestProject.qdpx");
    private final Clock clock = Clock.fixed(RefiFixtures.T0, ZoneOffset.UTC);
    private final QdpxImporter importer = new QdpxImporter(clock);
    private final InMemoryImportTarget study =
            new InMemoryImportTarget(new Coder("0190a1b2-0000-7000-8000-0000000000ff", "coordinadora", false));

    @TempDir
    Path dir;

    // ---- the ATLAS.ti sample

    /**
     * The published ATLAS.ti project ships without its text files. This rebuilds them as ATLAS.ti
     * writes them (CRLF line breaks, positions counting a break as one) with each quotation's own
     * words, taken from its name, at its positions; the rest is filler text over several lines.
     */
    private Path atlasProjectWithTexts() throws Exception {
        byte[] qde = RefiFixtures.resource("atlasti-standard-project.qde");
        Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(qde));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("TestProject.qde", qde);
        NodeList sources = doc.getElementsByTagNameNS(NS, "TextSource");
        for (int i = 0; i < sources.getLength(); i++) {
            Element ts = (Element) sources.item(i);
            NodeList sels = ts.getElementsByTagNameNS(NS, "PlainTextSelection");
            int length = 120;
            for (int j = 0; j < sels.getLength(); j++) {
                length = Math.max(length, Integer.parseInt(((Element) sels.item(j)).getAttribute("endPosition")) + 40);
            }
            int[] text = new int[length];
            String filler = "breakfast notes and more words on this line\n";
            for (int k = 0; k < length; k++) {
                text[k] = filler.charAt(k % filler.length());
            }
            for (int j = 0; j < sels.getLength(); j++) {
                Element sel = (Element) sels.item(j);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                String name = sel.getAttribute("name");
                int[] words = (name.endsWith("…") ? name.substring(0, name.length() - 1) : name).codePoints().toArray();
                if (words.length == end - start || name.endsWith("…")) {
                    System.arraycopy(words, 0, text, start, Math.min(words.length, end - start));
                }
            }
            String lf = new String(text, 0, text.length);
            String file = ts.getAttribute("plainTextPath").substring("internal://".length());
            entries.put("Sources/" + file, RefiFixtures.utf8(lf.replace("\n", "\r\n")));
        }
        return RefiFixtures.zip(dir.resolve("atlas.qdpx"), entries);
    }

    private static String words(QdaSnapshot s, Coding c) {
        Source src = s.sources().stream().filter(x -> x.id().equals(c.sourceId())).findFirst().orElseThrow();
        return TextPositions.slice(src.text(), c.start(), c.end());
    }

    @Test
    void theAtlasTiSampleImportsWithAllItsTextCodingsOnTheRightWords() throws Exception {
        ImportPlan plan = importer.importInto(atlasProjectWithTexts(), study);
        QdaSnapshot s = study.current();

        assertThat(s.codes()).hasSize(14);
        assertThat(s.codes()).extracting(c -> c.name()).contains("Coke::diet Coke", "\"rushed\"", "cornflakes");
        assertThat(s.codes().stream().filter(c -> c.name().equals("cornflakes")).findFirst().orElseThrow().definition())
                .isEqualTo("breakfast cereal made by Kellogg’s");
        assertThat(s.sources()).extracting(Source::name).containsExactlyInAnyOrder(
                "1960s Coca Cola commercial - Audio.docx", "1960s Coca Cola commercial - Visual.docx",
                "1994 Diet Coke-Diet Coke Break.docx", "Mabêl 2ième.txt", "Mabel.txt", "Simon.docx");
        // Every coding on a text source: 1 + 3 + 3 (Mabêl's quotation is uncoded).
        assertThat(s.codings()).hasSize(7);
        assertThat(s.coders()).extracting(Coder::name).contains("Friedrich Markgraf");
        String friedrich = s.coders().stream().filter(c -> c.name().equals("Friedrich Markgraf")).findFirst()
                .orElseThrow().id();
        assertThat(s.codings()).allSatisfy(c -> assertThat(c.coderId()).isEqualTo(friedrich));

        String dietCoke = code(s, "Coke::diet Coke");
        assertThat(s.codings().stream().filter(c -> c.codeId().equals(dietCoke)).map(c -> words(s, c)))
                .containsExactly("Oh, that was great. See you tomorrow? Eleven thirty. Mm.");
        String feelings = code(s, "Feelings");
        assertThat(s.codings().stream().filter(c -> c.codeId().equals(feelings)).map(c -> words(s, c)))
                .containsExactly("I did try the gluten free bread, but it was always so soggy,");
        String happiness = code(s, "happiness");
        assertThat(s.codings().stream().filter(c -> c.codeId().equals(happiness)).map(c -> words(s, c)))
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("I'm a single mum with an 8 month old and a toddler"))
                .anySatisfy(w -> assertThat(w).startsWith("But to be honest, I used to have a much bigger breakfast"));

        // The quotation comment on a coded quotation becomes a memo on its coding; notes become memos.
        assertThat(s.memos()).anySatisfy(m -> {
            assertThat(m.target()).isEqualTo(MemoTarget.CODING);
            assertThat(m.text()).isEqualTo("why does Simon feel the need to do this?");
        });
        assertThat(s.memos()).anySatisfy(m -> {
            assertThat(m.target()).isEqualTo(MemoTarget.SOURCE);
            assertThat(m.text()).isEqualTo("Mabel is not the only person I know who has Coke for breakfast!");
        });
        assertThat(s.memos()).filteredOn(m -> m.target() == MemoTarget.PROJECT).extracting(m -> m.title())
                .containsExactlyInAnyOrder("Research Plan", "My favorite Coke ad");

        RefiReport r = plan.report();
        assertThat(r.has("refi.import.newlineOne")).isTrue();
        assertThat(r.has("refi.import.mediaSkipped")).isTrue();
        assertThat(r.has("refi.import.graphsSkipped")).isTrue();
        assertThat(r.has("refi.import.uncodedQuotation")).isTrue();
        assertThat(r.has("refi.import.positionOutside")).isFalse();
        assertThat(study.audit).hasSize(1);
    }

    private static String code(QdaSnapshot s, String name) {
        return s.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theSampleAsPublishedWithoutItsTextsReportsEachMissingSourceAndStillImportsTheCodebook() throws Exception {
        Path file = RefiFixtures.zip(dir.resolve("published.qdpx"),
                Map.of("Project.qde", RefiFixtures.resource("atlasti-standard-project.qde")));
        ImportPlan plan = importer.plan(file, study.current(), study.importingCoderId());
        assertThat(plan.codes()).hasSize(14);
        assertThat(plan.sources()).isEmpty();
        assertThat(plan.codings()).isEmpty();
        assertThat(plan.report().of(RefiReport.Kind.LOST)).filteredOn(e -> e.key().equals("refi.import.sourceFileMissing"))
                .hasSize(6);
        assertThat(study.isEmpty()).as("planning stores nothing").isTrue();
    }

    @Test
    void theCorpusArchiveOpensWhenTheSharedCorpusIsPresent() {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS_SAMPLE), "shared corpus not present");
        ImportPlan plan = importer.plan(CORPUS_SAMPLE, study.current(), study.importingCoderId());
        assertThat(plan.codes()).hasSize(14);
        assertThat(plan.report().has("refi.import.sourceFileMissing")).isTrue();
    }

    // ---- lenient about what tools do differently

    private static String project(String origin, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\" origin=\""
                + origin + "\"><Users><User guid=\"{AD68FBE7-E1EE-4A82-A279-23CC698C89EB}\" name=\"coordinadora\"/>"
                + "<User guid=\"c32a2bd5-537f-4838-8b17-df9efbafdf4b\" name=\"Rosa\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"{85D17F60-7BB0-481E-B742-B4861DD669DF}\" name=\"Salud\" isCodable=\"true\""
                + " color=\"#a0b\"><Code guid=\"0f8a1907-7e42-4739-8610-a676b4d1b69f\" name=\"Posta\" isCodable=\"true\"/>"
                + "</Code></Codes></CodeBook>" + body + "</Project>";
    }

    private static String selection(int start, int end, String code, String user) {
        return "<PlainTextSelection guid=\"" + java.util.UUID.randomUUID() + "\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\"><Coding guid=\"" + java.util.UUID.randomUUID() + "\" creatingUser=\""
                + user + "\"><CodeRef targetGUID=\"" + code + "\"/></Coding></PlainTextSelection>";
    }

    @Test
    void crlfCountedPositionsBomBracesUpperCaseAndSourcesFolderInAnyCase() throws Exception {
        String text = "Hola 😀 señor\r\nNiños y niñas van a la posta.";
        int start = RefiFixtures.cp(text, "Niños y niñas"); // counts the CR, as NVivo and MAXQDA do
        String body = "<Sources><TextSource guid=\"{2F24EA88-C6A7-482B-8F89-893EF66D7A21}\" name=\"Nota\""
                + " plainTextPath=\"internal://{2F24EA88-C6A7-482B-8F89-893EF66D7A21}.TXT\">"
                + selection(start, start + 13, "85d17f60-7bb0-481e-b742-b4861dd669df", "{c32a2bd5-537f-4838-8b17-DF9EFBAFDF4B}")
                + selection(5, 12, "{0F8A1907-7E42-4739-8610-A676B4D1B69F}", "AD68FBE7-E1EE-4A82-A279-23CC698C89EB")
                + "</TextSource></Sources>";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] textBytes = RefiFixtures.utf8(text);
        byte[] withBom = Arrays.copyOf(bom, bom.length + textBytes.length);
        System.arraycopy(textBytes, 0, withBom, bom.length, textBytes.length);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("MAXQDA 2022", body)));
        entries.put("SOURCES/2f24ea88-c6a7-482b-8f89-893ef66d7a21.txt", withBom);
        ImportPlan plan = importer.importInto(RefiFixtures.zip(dir.resolve("m.qdpx"), entries), study);
        QdaSnapshot s = study.current();
        assertThat(s.sources()).singleElement().satisfies(src -> assertThat(src.text())
                .isEqualTo("Hola 😀 señor\nNiños y niñas van a la posta."));
        assertThat(s.codings()).extracting(c -> words(s, c)).containsExactlyInAnyOrder("Niños y niñas", "😀 señor");
        // "coordinadora" is the importing member: her codings are hers; Rosa becomes an external coder.
        assertThat(s.codings()).extracting(Coding::coderId).contains(study.importingCoderId());
        assertThat(s.coders()).filteredOn(Coder::external).extracting(Coder::name).containsExactly("Rosa");
        assertThat(s.codes()).extracting(c -> c.color()).containsExactly("#AA00BB", "#9E9E9E");
        assertThat(s.codes().get(1).parentId()).isEqualTo(s.codes().get(0).id());
        assertThat(plan.report().has("refi.import.newlineAsIs")).isTrue();
    }

    @Test
    void nvivoPositionsCountAnEmojiAsTwoUnits() throws Exception {
        String text = "Hola 😀 señor\r\nNiños y niñas";
        int emoji = text.indexOf("😀");
        int kids = text.indexOf("Niños y niñas"); // UTF-16 units, the CR counted
        String body = "<Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"Nota\""
                + " plainTextPath=\"internal://3f0e7d2a-1111-4222-8333-944455556666.txt\">"
                + selection(kids, kids + 13, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + selection(emoji, emoji + "😀 señor".length(), "85d17f60-7bb0-481e-b742-b4861dd669df",
                        "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + "</TextSource></Sources>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("NVivo for Windows 12.6", body)));
        entries.put("Sources/3f0e7d2a-1111-4222-8333-944455556666.txt", RefiFixtures.utf8(text));
        ImportPlan plan = importer.importInto(RefiFixtures.zip(dir.resolve("nvivo.qdpx"), entries), study);
        QdaSnapshot s = study.current();
        assertThat(s.codings()).extracting(c -> words(s, c)).containsExactlyInAnyOrder("Niños y niñas", "😀 señor");
        assertThat(plan.report().has("refi.import.utf16Units")).isTrue();
    }

    @Test
    void decomposedAccentsFromMacToolsAreComposedAndPositionsFollow() throws Exception {
        String nfd = "Mabe\u0302l dijo: cafe\u0301\r\ncon leche";
        int start = RefiFixtures.cp(nfd, "con leche");
        String body = "<Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"Mabe\u0302l\""
                + " plainTextPath=\"internal://3f0e7d2a-1111-4222-8333-944455556666.txt\">"
                + selection(start, start + 9, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + selection(0, 6, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + "</TextSource></Sources>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("NVivo 14", body)));
        entries.put("sources/3f0e7d2a-1111-4222-8333-944455556666.txt", RefiFixtures.utf8(nfd));
        importer.importInto(RefiFixtures.zip(dir.resolve("nfd.qdpx"), entries), study);
        QdaSnapshot s = study.current();
        assertThat(s.sources()).singleElement().satisfies(src -> {
            assertThat(src.name()).isEqualTo("Mabêl");
            assertThat(src.text()).isEqualTo("Mabêl dijo: café\ncon leche");
        });
        assertThat(s.codings()).extracting(c -> words(s, c)).containsExactlyInAnyOrder("con leche", "Mabêl");
    }

    @Test
    void inlineTextAndAWordFileWithoutPlainText() throws Exception {
        String body = "<Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"Inline\">"
                + "<PlainTextContent>Línea uno\nLínea dos</PlainTextContent>"
                + selection(10, 19, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + "</TextSource><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455557777\" name=\"Word\""
                + " richTextPath=\"internal://3f0e7d2a-1111-4222-8333-944455557777.docx\">"
                + selection(0, 7, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + "</TextSource></Sources>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("QualCoder 3.5", body)));
        entries.put("sources/3f0e7d2a-1111-4222-8333-944455557777.docx", docx("Párrafo uno", "Segundo"));
        ImportPlan plan = importer.importInto(RefiFixtures.zip(dir.resolve("i.qdpx"), entries), study);
        QdaSnapshot s = study.current();
        assertThat(s.codings()).extracting(c -> words(s, c)).containsExactlyInAnyOrder("Línea dos", "Párrafo");
        assertThat(s.sources()).filteredOn(x -> x.name().equals("Word")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Párrafo uno\nSegundo"));
        assertThat(plan.report().has("refi.import.fromDocx")).isTrue();
    }

    private static byte[] docx(String... paragraphs) throws Exception {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><w:document xmlns:w=\""
                + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : paragraphs) {
            xml.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        xml.append("</w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    // ---- strict where it matters, and hostile input

    @Test
    void aPositionPastTheEndIsReportedAndLeftOutNeverClamped() throws Exception {
        String body = "<Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"Corta\">"
                + "<PlainTextContent>Solo diez.</PlainTextContent>"
                + selection(5, 10, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + selection(5, 11, "85d17f60-7bb0-481e-b742-b4861dd669df", "c32a2bd5-537f-4838-8b17-df9efbafdf4b")
                + "</TextSource></Sources>";
        Path file = RefiFixtures.zip(dir.resolve("p.qdpx"), Map.of("project.qde", RefiFixtures.utf8(project("x", body))));
        ImportPlan plan = importer.plan(file, study.current(), study.importingCoderId());
        assertThat(plan.codings()).singleElement().satisfies(c -> assertThat(c.end()).isEqualTo(10));
        assertThat(plan.report().of(RefiReport.Kind.LOST)).filteredOn(e -> e.key().equals("refi.import.positionOutside"))
                .singleElement().satisfies(e -> assertThat(e.text(java.util.Locale.ENGLISH))
                        .contains("\"Corta\"").contains("from 5 to 11").contains("10 characters"));
    }

    private void refused(Path file, String key) {
        assertThatThrownBy(() -> importer.importInto(file, study)).isInstanceOf(CampoException.class)
                .satisfies(e -> {
                    assertThat(((CampoException) e).key()).isEqualTo(key);
                    assertThat(e.getLocalizedMessage()).doesNotStartWith("[");
                });
        assertThat(study.isEmpty()).as("nothing changed").isTrue();
    }

    @Test
    void pathTraversalInAnEntryNameIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("x", "")));
        entries.put("sources/../../../home/user/.bashrc", RefiFixtures.utf8("echo owned"));
        refused(RefiFixtures.zip(dir.resolve("t.qdpx"), entries), "refi.import.unsafeEntry");
        refused(RefiFixtures.zip(dir.resolve("t2.qdpx"), Map.of("/etc/passwd", RefiFixtures.utf8("x"))),
                "refi.import.unsafeEntry");
    }

    @Test
    void aZipBombIsRefusedWhenItIsReadAndMediaThatIsNotReadIsNeverUnpacked() throws Exception {
        String body = "<Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"Bomba\""
                + " plainTextPath=\"internal://3f0e7d2a-1111-4222-8333-944455556666.txt\"/>"
                + "<VideoSource guid=\"3f0e7d2a-1111-4222-8333-944455557777\" name=\"Video\""
                + " path=\"internal://3f0e7d2a-1111-4222-8333-944455557777.mp4\"/></Sources>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFixtures.utf8(project("x", body)));
        entries.put("sources/3f0e7d2a-1111-4222-8333-944455556666.txt", new byte[8 << 20]); // 8 MiB of zeros
        Path file = RefiFixtures.zip(dir.resolve("b.qdpx"), entries);
        assertThat(Files.size(file)).isLessThan(100_000);
        refused(file, "refi.import.zipBomb");

        entries.remove("sources/3f0e7d2a-1111-4222-8333-944455556666.txt");
        entries.put("sources/3f0e7d2a-1111-4222-8333-944455556666.txt", RefiFixtures.utf8("Texto corto."));
        entries.put("sources/3f0e7d2a-1111-4222-8333-944455557777.mp4", new byte[8 << 20]);
        ImportPlan plan = importer.plan(RefiFixtures.zip(dir.resolve("video.qdpx"), entries), study.current(),
                study.importingCoderId());
        assertThat(plan.sources()).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("Texto corto."));
        assertThat(plan.report().has("refi.import.mediaSkipped")).isTrue();
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        refused(RefiFixtures.zip(dir.resolve("x.qdpx"), Map.of("project.qde", RefiFixtures.utf8(xxe))),
                "refi.import.doctype");
    }

    @Test
    void aWrongNamespaceOrNoArchiveIsAClearError() throws Exception {
        String codebook = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:codebook:1.0\" name=\"x\"/>";
        refused(RefiFixtures.zip(dir.resolve("n.qdpx"), Map.of("project.qde", RefiFixtures.utf8(codebook))),
                "refi.import.wrongNamespace");
        refused(Files.writeString(dir.resolve("plain.qdpx"), "not a zip"), "refi.import.notZip");
        refused(RefiFixtures.zip(dir.resolve("none.qdpx"), Map.of("readme.txt", RefiFixtures.utf8("x"))),
                "refi.import.noProject");
        refused(RefiFixtures.zip(dir.resolve("bad.qdpx"), Map.of("a.qde", RefiFixtures.utf8("<Project"))),
                "refi.import.badXml");
    }

    @Test
    void aFailureWhileStoringLeavesNothingHalfImported() throws Exception {
        Path file = dir.resolve("demo.qdpx");
        new QdpxExporter(clock, "Campo").export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        study.failAfter = 7;
        assertThatThrownBy(() -> importer.importInto(file, study)).isInstanceOf(IllegalStateException.class);
        assertThat(study.isEmpty()).isTrue();
    }

    @Test
    void importingTheSameProjectAgainAddsNothingAndSaysWhy() throws Exception {
        Path file = dir.resolve("demo.qdpx");
        new QdpxExporter(clock, "Campo").export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        importer.importInto(file, study);
        QdaSnapshot first = study.current();
        ImportPlan again = importer.importInto(file, study);
        assertThat(again.isEmpty()).as("no code, case, coder, source, coding or memo").isTrue();
        assertThat(again.report().has("refi.import.casesMerged")).isTrue();
        assertThat(again.report().of(RefiReport.Kind.LOST)).filteredOn(e -> e.key().equals("refi.import.sourceAlreadyThere"))
                .extracting(e -> e.text(java.util.Locale.ENGLISH)).containsExactlyInAnyOrder(
                        "\"Entrevista KI-LIM-01\" is already in the study (imported before): not imported again;"
                                + " 4 of its codings were already there and none is added.",
                        "\"Entrevista IDI-TUM-02\" is already in the study (imported before): not imported again;"
                                + " 2 of its codings were already there and none is added.");
        assertThat(again.report().has("refi.import.memosAlreadyThere")).isTrue();
        QdaSnapshot now = study.current();
        assertThat(now.sources()).hasSameSizeAs(first.sources()).hasSize(2);
        assertThat(now.codings()).hasSameSizeAs(first.codings()).hasSize(6);
        assertThat(now.memos()).hasSameSizeAs(first.memos());
    }

    @Test
    void aProjectImportedBeforeUnderOtherIdsIsRecognisedByItsTextsAndCodings() throws Exception {
        Path file = dir.resolve("demo.qdpx");
        new QdpxExporter(clock, "Campo").export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        importer.importInto(file, study);
        // as an earlier import stored it: the same texts and codings under ids of their own
        Map<String, String> renamed = new LinkedHashMap<>();
        study.sources.replaceAll(x -> {
            String id = java.util.UUID.randomUUID().toString();
            renamed.put(x.id(), id);
            return new Source(id, x.name(), x.kind(), x.caseId(), x.submissionId(), x.text(), x.createdAt(),
                    x.updatedAt());
        });
        study.codings.replaceAll(c -> new Coding(java.util.UUID.randomUUID().toString(), renamed.get(c.sourceId()),
                c.start(), c.end(), c.codeId(), c.coderId(), c.codedAt(), c.detached()));

        ImportPlan again = importer.importInto(file, study);

        assertThat(again.sources()).isEmpty();
        assertThat(again.codings()).isEmpty();
        assertThat(study.current().codings()).hasSize(6);
        assertThat(again.report().has("refi.import.sourceAlreadyThere")).isTrue();
    }

    /** The demo project as exported, once imported into the study: its files, its XML and a code's and a coder's GUID. */
    private record ImportedDemo(Map<String, byte[]> entries, String qde, String code, String user) {
    }

    private ImportedDemo importDemoAndReadItsProject() throws Exception {
        Path file = dir.resolve("demo.qdpx");
        new QdpxExporter(clock, "Campo").export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        importer.importInto(file, study);
        Map<String, byte[]> entries = new LinkedHashMap<>(RefiFixtures.unzip(file));
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        return new ImportedDemo(entries, qde, between(qde, "<Code ", "guid=\"", "\""), between(qde, "<User ", "guid=\"", "\""));
    }

    @Test
    void aReimportAfterMoreCodingInTheOtherToolAddsOnlyTheNewCodings() throws Exception {
        ImportedDemo demo = importDemoAndReadItsProject();
        Map<String, byte[]> entries = demo.entries();
        String qde = demo.qde();
        String code = demo.code();
        String user = demo.user();
        String text1 = RefiFixtures.demo().sources().get(0).text();
        int start = RefiFixtures.cp(text1, "señor");
        int at = qde.indexOf("</TextSource>");
        entries.put("project.qde", RefiFixtures.utf8(qde.substring(0, at) + selection(start, start + 5, code, user)
                + qde.substring(at)));
        Path more = RefiFixtures.zip(dir.resolve("more.qdpx"), entries);

        ImportPlan plan = importer.importInto(more, study);

        assertThat(plan.sources()).isEmpty();
        assertThat(plan.codings()).singleElement().satisfies(c -> assertThat(words(study.current(), c))
                .isEqualTo("señor"));
        assertThat(plan.report().of(RefiReport.Kind.LOST)).extracting(e -> e.text(java.util.Locale.ENGLISH))
                .contains("\"Entrevista KI-LIM-01\" is already in the study (imported before): not imported"
                        + " again; 4 of its codings were already there and 1 new coding is added.");
        assertThat(study.current().codings()).hasSize(7);
    }

    @Test
    void aSourceWhoseTextChangedInTheOtherToolIsReportedAndItsNewCodingsLeftOut() throws Exception {
        ImportedDemo demo = importDemoAndReadItsProject();
        Map<String, byte[]> entries = demo.entries();
        String qde = demo.qde();
        String code = demo.code();
        String user = demo.user();
        String sourceFile = between(qde, "<TextSource ", "plainTextPath=\"internal://", "\"");
        String path = entries.keySet().stream().filter(k -> k.endsWith(sourceFile)).findFirst().orElseThrow();
        entries.put(path, RefiFixtures.utf8("Texto corregido. " + new String(entries.get(path), StandardCharsets.UTF_8)));
        int at = qde.indexOf("</TextSource>");
        entries.put("project.qde", RefiFixtures.utf8(qde.substring(0, at) + selection(0, 5, code, user)
                + qde.substring(at)));

        ImportPlan plan = importer.importInto(RefiFixtures.zip(dir.resolve("edited.qdpx"), entries), study);

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.report().of(RefiReport.Kind.LOST)).extracting(e -> e.text(java.util.Locale.ENGLISH))
                .contains("\"Entrevista KI-LIM-01\" is already in the study (same GUID) but its text differs from the"
                        + " one in this project: it is not imported again, and 1 coding not yet in the study is left"
                        + " out, because their positions refer to the other text.");
        assertThat(study.current().codings()).hasSize(6);
    }

    /** The value after {@code key} in the first element that starts with {@code element}. */
    private static String between(String xml, String element, String key, String end) {
        int e = xml.indexOf(element);
        int from = xml.indexOf(key, e) + key.length();
        return xml.substring(from, xml.indexOf(end, from));
    }
}
