package org.campo.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campo.common.AccessDeniedException;
import org.campo.common.CampoException;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentPermission;
import org.campo.consent.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/** The analysis services on a real study file: sources, codings that keep their words, codebook, retrieval, roles. */
class QdaServicesTest {
    static final String TEXT = "Hola 😀 señor\r\nNiños y niñas";
    static final String STORED = "Hola 😀 señor\nNiños y niñas";

    @TempDir
    Path tmp;
    ConsentFixture f;
    QdaServices qda;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        qda = f.ctx.qda(f.study);
    }

    @AfterEach
    void tearDown() {
        if (!f.study.isLocked()) { // what the test did through Campo leaves the analysis tables' records true
            org.assertj.core.api.Assertions.assertThat(org.campo.study.DeepCheck.run(f.study,
                    org.campo.common.ProgressListener.NONE).damaged())
                    .filteredOn(d -> org.campo.study.DeepCheck.TABLES.equals(d.column())).isEmpty();
        }
        f.close();
    }

    private Source importBytes(String name, byte[] bytes) throws Exception {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return qda.sources().importFiles(List.of(file), null).get(0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everyTextEncodingAndLineEndingImportsToTheSameText() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        List<Source> imported = List.of(
                importBytes("a.txt", utf8),
                importBytes("b.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)),
                importBytes("c.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))),
                importBytes("d.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))),
                importBytes("e.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)),
                importBytes("f.md", STORED.getBytes(StandardCharsets.UTF_8)));

        assertThat(imported).extracting(Source::text).containsOnly(STORED);
        assertThat(imported.get(0).length()).isEqualTo(26);
        assertThat(imported).extracting(Source::name).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void aWordTranscriptImportsParagraphByParagraph() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Hola 😀 señor");
            doc.createParagraph().createRun().setText("Niños y niñas");
            doc.write(out);
        }
        Source s = importBytes("entrevista.docx", out.toByteArray());

        assertThat(s.text()).isEqualTo(STORED);
        assertThat(s.kind()).isEqualTo(SourceKind.TRANSCRIPT);
        assertThatThrownBy(() -> importBytes("roto.docx", "not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("qda.import.unreadable"));
    }

    @Test
    void aBadFileStopsTheWholeImport() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), "bien");
        Path bad = Files.write(tmp.resolve("bad.txt"), new byte[] {(byte) 0xC3, 0x28, 0x41, 0x42, 0x43});
        Path pdf = Files.writeString(tmp.resolve("x.pdf"), "%PDF");

        assertThatThrownBy(() -> qda.sources().importFiles(List.of(good, bad), null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("qda.import.encoding"));
        assertThatThrownBy(() -> qda.sources().importFiles(List.of(good, pdf), null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("qda.import.unsupported"));
        assertThatThrownBy(() -> qda.sources().importFiles(List.of(good, tmp.resolve("missing.txt")), null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("qda.import.unreadable"));
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'});
        assertThatThrownBy(() -> qda.sources().importFiles(List.of(good, empty), null))
                .isInstanceOfSatisfying(CampoException.class, e -> {
                    assertThat(e.key()).isEqualTo("qda.import.empty");
                    assertThat(e.getMessage()).contains("empty.txt");
                });
        assertThat(qda.sources().list()).isEmpty();
    }

    @Test
    void codingsLandOnTheirWordsAfterImportAndAfterAnEditBeforeThem() throws Exception {
        Source s = importBytes("hola.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        Code code = qda.codebook().create(null, "Saludo", "Formas de saludo", null);
        Coding senor = qda.codings().code(s.id(), 7, 12, code.id());
        Coding ninas = qda.codings().code(s.id(), 21, 26, code.id());
        assertThat(TextPositions.slice(s.text(), senor.start(), senor.end())).isEqualTo("señor");
        assertThat(TextPositions.slice(s.text(), ninas.start(), ninas.end())).isEqualTo("niñas");

        Source edited = qda.sources().editText(s.id(), "¡Hola! 😀😀 querido señor\r\nNiños y niñas");

        List<Coding> after = qda.codings().of(s.id());
        assertThat(after).extracting(k -> TextPositions.slice(edited.text(), k.start(), k.end()))
                .containsExactly("señor", "niñas");
        assertThat(after).noneMatch(Coding::detached);
    }

    @Test
    void deletedWordsLeaveTheirCodingFlaggedNotMoved() {
        Source s = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, STORED);
        Code code = qda.codebook().create(null, "Saludo", null, null);
        qda.codings().code(s.id(), 7, 12, code.id());
        Coding wide = qda.codings().code(s.id(), 0, 12, code.id());

        Source edited = qda.sources().editText(s.id(), "Hola 😀\nNiños y niñas");

        List<Coding> after = qda.codings().of(s.id());
        Coding flagged = after.stream().filter(k -> !k.id().equals(wide.id())).findFirst().orElseThrow();
        assertThat(flagged.detached()).isTrue();
        assertThat(flagged.start()).isEqualTo(flagged.end());
        Coding shrunk = after.stream().filter(k -> k.id().equals(wide.id())).findFirst().orElseThrow();
        assertThat(shrunk.detached()).isFalse();
        assertThat(TextPositions.slice(edited.text(), shrunk.start(), shrunk.end())).startsWith("Hola 😀");
    }

    @Test
    void searchIgnoresAccentsAndCaseAndCodesAllHits() {
        Source a = qda.sources().addNote("A", SourceKind.FIELD_NOTE, null, "La migración irregular. MIGRACIÓN y migracion.");
        qda.sources().addNote("B", SourceKind.FIELD_NOTE, null, "Hola 😀 señor\nNiños y niñas");

        List<SearchHit> hits = qda.retrieval().search("migracion");
        assertThat(hits).extracting(SearchHit::match).containsExactly("migración", "MIGRACIÓN", "migracion");
        assertThat(qda.retrieval().search("NINOS")).singleElement().satisfies(h -> {
            assertThat(h.match()).isEqualTo("Niños");
            assertThat(h.start()).isEqualTo(13);
        });
        assertThat(qda.retrieval().search("senor")).extracting(SearchHit::match).containsExactly("señor");

        Code code = qda.codebook().create(null, "Migración", null, null);
        List<Coding> coded = qda.codings().codeAll(hits, code.id());
        assertThat(coded).hasSize(3).allMatch(k -> k.sourceId().equals(a.id()));
        assertThat(qda.codings().codeAll(hits, code.id())).as("coding the same hits again adds nothing").isEmpty();
        assertThat(qda.codebook().counts()).containsEntry(code.id(), 3);
    }

    @Test
    void searchListsCaseAndMemoHitsAndCodesEachHitInItsOwnAuditedCoding() {
        Participant p = f.participant("KI-LIM-01", Map.of());
        Source a = qda.sources().addNote("Entrevista", SourceKind.INTERVIEW_NOTES, p.id(),
                "La posta pide carné.\r\nSin CARNE no hay cita; el carne de extranjería tarda.");
        Source b = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, "Hola 😀 Carné");
        Memo memo = qda.memos().add(MemoTarget.SOURCE, a.id(), null, "Revisar si el carné aparece en todas.");

        List<SearchHit> hits = qda.retrieval().search("carne");
        assertThat(hits).filteredOn(h -> !h.inMemo()).extracting(SearchHit::sourceName, SearchHit::caseCode,
                SearchHit::match).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Entrevista", "KI-LIM-01", "carné"),
                        org.assertj.core.groups.Tuple.tuple("Entrevista", "KI-LIM-01", "CARNE"),
                        org.assertj.core.groups.Tuple.tuple("Entrevista", "KI-LIM-01", "carne"),
                        org.assertj.core.groups.Tuple.tuple("Nota", null, "Carné"));
        assertThat(hits).filteredOn(SearchHit::inMemo).singleElement().satisfies(h -> {
            assertThat(h.memoId()).isEqualTo(memo.id());
            assertThat(h.sourceId()).isEqualTo(a.id());
            assertThat(h.match()).isEqualTo("carné");
        });
        SearchHit emoji = hits.get(3);
        assertThat(emoji.start()).as("code points: the emoji counts one").isEqualTo(7);
        assertThat(TextPositions.slice(b.text(), emoji.start(), emoji.end())).isEqualTo("Carné");

        Code doc = qda.codebook().create(null, "Documentación", null, null);
        long auditBefore = f.study.audit().size();
        List<Coding> coded = qda.codings().codeAll(hits, doc.id());
        assertThat(coded).as("one coding per hit in a text; the memo hit is not coded").hasSize(4);
        assertThat(coded).extracting(k -> TextPositions.slice(k.sourceId().equals(a.id()) ? a.text().replace("\r\n", "\n")
                : b.text(), k.start(), k.end())).containsExactly("carné", "CARNE", "carne", "Carné");
        var entries = f.study.audit().entries(auditBefore + 1, 100);
        assertThat(entries).as("one audit entry per new coding").hasSize(4)
                .allSatisfy(e -> assertThat(e.action()).isEqualTo(org.campo.audit.AuditAction.QDA_CODED));
        assertThat(entries).extracting(e -> e.subjectId()).containsExactlyElementsOf(coded.stream().map(Coding::id).toList());
        assertThat(f.study.audit().verify().ok()).isTrue();

        qda.sources().editText(b.id(), "Hola 😀 Pasaporte");
        List<SearchHit> stale = hits;
        assertThatThrownBy(() -> qda.codings().codeAll(stale, doc.id()))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.search.stale");
        assertThat(qda.retrieval().search("carne")).noneMatch(h -> b.id().equals(h.sourceId()));
    }

    @Test
    void lockingThroughTheAppDropsTheTextsKeptInMemoryForSearch() {
        qda.sources().addNote("A", SourceKind.FIELD_NOTE, null, "La migración irregular.");
        assertThat(qda.retrieval().search("migracion")).hasSize(1);
        assertThat(qda.cachedSources()).isEqualTo(1);
        f.ctx.lock(f.study);
        assertThat(qda.cachedSources()).isZero();
        assertThat(f.study.isLocked()).isTrue();
    }

    @Test
    void segmentsIncludeSubCodesAndFilterByCaseAttributes() {
        Participant lima = f.participant("KI-GOV-01", Map.of());
        Participant cusco = f.participant("KI-INT-02", Map.of());
        f.verbalConsent(lima, ConsentFixture.allGranted());
        f.verbalConsent(cusco, ConsentFixture.grantedExcept(ConsentPermission.DIRECT_QUOTATION));
        qda.cases().setAttribute(lima.id(), "city", "Lima", false);
        qda.cases().setAttribute(cusco.id(), "city", "Cusco", false);
        Source s1 = qda.sources().addNote("Notas Lima", SourceKind.INTERVIEW_NOTES, lima.id(), "Sin SIS no hay tratamiento.");
        Source s2 = qda.sources().addNote("Notas Cusco", SourceKind.INTERVIEW_NOTES, cusco.id(), "La posta pide carné.");
        Code barriers = qda.codebook().create(null, "Barreras", null, null);
        Code health = qda.codebook().create(barriers.id(), "Acceso a salud", null, null);
        qda.codings().code(s1.id(), 4, 7, health.id());
        qda.codings().code(s2.id(), 3, 8, barriers.id());

        assertThat(qda.codebook().byPath("barreras/acceso a salud").id()).isEqualTo(health.id());
        List<Segment> all = qda.retrieval().segments(barriers.id(), Map.of());
        assertThat(all).extracting(Segment::text).containsExactly("posta", "SIS");
        assertThat(all).extracting(Segment::caseCode).containsExactly("KI-INT-02", "KI-GOV-01");
        assertThat(all).extracting(Segment::coderName).containsOnly("coord");
        assertThat(all).extracting(Segment::directQuotation).containsExactly(false, true);
        assertThat(all.get(1).before()).isEqualTo("Sin ");
        assertThat(all.get(1).after()).isEqualTo(" no hay tratamiento.");
        assertThat(qda.retrieval().segments(barriers.id(), Map.of("city", "lima"))).extracting(Segment::text)
                .containsExactly("SIS");
        assertThat(qda.retrieval().segments(health.id(), Map.of())).hasSize(1);
    }

    @Test
    void aFilterNoCaseCanMatchIsAClearErrorNotAnEmptyList() {
        Participant lima = f.participant("KI-GOV-01", Map.of());
        f.verbalConsent(lima, ConsentFixture.allGranted());
        qda.cases().setAttribute(lima.id(), "city", "Lima", false);
        qda.cases().setAttribute(lima.id(), "gender_identity", "mujer trans", true);
        Source s = qda.sources().addNote("Notas Lima", SourceKind.INTERVIEW_NOTES, lima.id(), "Sin SIS no hay tratamiento.");
        Code health = qda.codebook().create(null, "Acceso a salud", null, null);
        qda.codings().code(s.id(), 4, 7, health.id());

        assertThat(qda.retrieval().segments(health.id(), Map.of("city", "LIMA"))).hasSize(1);
        assertThatThrownBy(() -> qda.retrieval().segments(health.id(), Map.of("ciudad", "Lima")))
                .isInstanceOfSatisfying(CampoException.class, e -> {
                    assertThat(e.key()).isEqualTo("qda.where.unknownAttribute");
                    assertThat(e.getMessage()).contains("ciudad").contains("city");
                });
        assertThatThrownBy(() -> qda.retrieval().segments(health.id(), Map.of("city", "Tumbes")))
                .isInstanceOfSatisfying(CampoException.class, e -> {
                    assertThat(e.key()).isEqualTo("qda.where.unknownValue");
                    assertThat(e.getMessage()).contains("Tumbes").contains("Lima");
                });
        assertThatThrownBy(() -> qda.retrieval().segments(health.id(), Map.of("gender_identity", "otro")))
                .isInstanceOfSatisfying(CampoException.class, e -> {
                    assertThat(e.key()).isEqualTo("qda.where.unknownSensitiveValue");
                    assertThat(e.getMessage()).doesNotContain("mujer trans");
                });
    }

    @Test
    void codebookMergeMoveAndDeleteTakeCodingsAlong() {
        Source s = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, STORED);
        Code a = qda.codebook().create(null, "Trabajo", null, null);
        Code b = qda.codebook().create(null, "Empleo", null, null);
        Code child = qda.codebook().create(b.id(), "Informal", null, null);
        qda.codings().code(s.id(), 0, 4, a.id());
        qda.codings().code(s.id(), 7, 12, b.id());
        qda.memos().add(MemoTarget.CODE, b.id(), null, "Definición provisional");

        assertThat(qda.codebook().merge(b.id(), a.id())).isEqualTo(1);
        assertThat(qda.codebook().counts()).containsEntry(a.id(), 2);
        assertThat(qda.codebook().get(child.id()).parentId()).isEqualTo(a.id());
        assertThat(qda.memos().of(MemoTarget.CODE, a.id())).hasSize(1);

        qda.codebook().move(child.id(), null);
        assertThatThrownBy(() -> qda.codebook().move(a.id(), a.id())).isInstanceOf(CampoException.class);
        assertThat(qda.codebook().path(child.id())).isEqualTo("Informal");
        qda.codebook().rename(a.id(), "Trabajo e ingresos");
        assertThat(qda.codebook().byPath("Trabajo e ingresos").id()).isEqualTo(a.id());
        assertThatThrownBy(() -> qda.codebook().create(null, "informal", null, null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("qda.code.duplicate"));

        assertThat(qda.codebook().delete(a.id())).isEqualTo(2);
        assertThat(qda.codings().of(s.id())).isEmpty();
        assertThat(qda.codebook().codes()).extracting(Code::name).containsExactly("Informal");
        assertThat(f.study.audit().verify().ok()).isTrue();
    }

    @Test
    void blindModeShowsACoderOnlyTheirOwnCodings() {
        f.study.addMember("rosa", org.campo.model.Role.RESEARCHER, "rosa passphrase long".toCharArray());
        Source s = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, STORED);
        Code code = qda.codebook().create(null, "Saludo", null, null);
        qda.codings().code(s.id(), 0, 4, code.id());
        qda.codings().code(s.id(), 7, 12, code.id(), qda.codings().coderId("rosa"));

        qda.setBlind(true);
        assertThat(qda.codings().of(s.id())).singleElement().satisfies(k -> assertThat(k.start()).isZero());
        assertThat(qda.codebook().counts()).containsEntry(code.id(), 1);
        assertThat(qda.snapshot().codings()).hasSize(1);
        assertThat(qda.sources().list()).singleElement().satisfies(x -> assertThat(x.codings()).isEqualTo(1));
        qda.setBlind(false);
        assertThat(qda.codings().of(s.id())).hasSize(2);
    }

    @Test
    void theIrbRoleReadsNoTextMemoOrAttributeThroughAnyService() {
        Participant p = f.participant("P-001", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        Source s = qda.sources().addNote("Nota", SourceKind.INTERVIEW_NOTES, p.id(), STORED);
        qda.memos().add(MemoTarget.SOURCE, s.id(), null, "memo");
        qda.cases().setAttribute(p.id(), "city", "Tumbes", false);
        f.reopenAsIrb();
        QdaServices irb = f.ctx.qda(f.study);

        List<Runnable> calls = List.of(() -> irb.sources().list(), () -> irb.sources().get(s.id()),
                () -> irb.memos().all(), () -> irb.cases().cases(), () -> irb.cases().get(p.id()),
                () -> irb.retrieval().search("Hola"), () -> irb.snapshot(), () -> irb.codebook().codes(),
                () -> f.study.repositories().sources().all(), () -> f.study.repositories().caseAttributes().all(),
                () -> f.study.repositories().memos().all());
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void snapshotCarriesEverythingAnExportNeeds() {
        Participant p = f.participant("P-001", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        qda.cases().setAttribute(p.id(), "gender_identity", "mujer trans", true);
        Source s = qda.sources().addNote("Nota", SourceKind.INTERVIEW_NOTES, p.id(), STORED);
        Code code = qda.codebook().create(null, "Saludo", null, null);
        Coding k = qda.codings().code(s.id(), 0, 4, code.id());
        qda.memos().add(MemoTarget.CODING, k.id(), "Sobre el saludo", "Formal");

        QdaSnapshot snap = qda.snapshot();

        assertThat(snap.studyName()).isEqualTo("LGBTQI+ migrants assessment");
        assertThat(snap.coders()).extracting(Coder::name).containsExactly("coord");
        assertThat(snap.sources()).singleElement().extracting(Source::text).isEqualTo(STORED);
        assertThat(snap.codings()).containsExactly(k);
        assertThat(snap.memos()).singleElement().extracting(Memo::targetId).isEqualTo(k.id());
        assertThat(snap.cases()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("P-001");
            assertThat(c.sensitive()).containsExactly("gender_identity");
            assertThat(c.directQuotation()).isTrue();
        });
    }
}
