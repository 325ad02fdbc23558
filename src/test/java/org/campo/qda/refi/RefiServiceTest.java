package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.campo.common.AccessDeniedException;
import org.campo.common.CampoException;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaServices;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** REFI-QDA through real study files: export, import into an empty study, export again. */
class RefiServiceTest {
    @TempDir
    Path tmp;
    ConsentFixture a;
    ConsentFixture b;

    @BeforeEach
    void setUp() throws Exception {
        a = new ConsentFixture(Files.createDirectories(tmp.resolve("a")));
        b = new ConsentFixture(Files.createDirectories(tmp.resolve("b")));
        QdaServices qda = a.ctx.qda(a.study);
        Member luis = a.study.addMember("luis", Role.RESEARCHER, "luis passphrase long".toCharArray());
        Participant ki = a.participant("KI-LIM-01", Map.of());
        a.verbalConsent(ki, ConsentFixture.allGranted());
        Participant idi = a.participant("IDI-TUM-02", Map.of());
        Source s1 = qda.sources().addNote("Entrevista KI-LIM-01", SourceKind.INTERVIEW_NOTES, ki.id(), RefiFixtures.TEXT_1);
        Source s2 = qda.sources().addNote("Entrevista IDI-TUM-02", SourceKind.TRANSCRIPT, idi.id(), RefiFixtures.TEXT_2);
        Code barreras = qda.codebook().create(null, "Barreras", "Obstáculos", null, null, null, "#AA3300", false);
        Code salud = qda.codebook().create(barreras.id(), "Acceso a salud", "Atención", "Menciones de atención",
                "Seguros privados", "«no me atendieron»", "#1F77B4", true);
        Code disc = qda.codebook().create(null, "Discriminación", "Trato desigual", "#D62728");
        code(qda, s1, "Niños y niñas", salud, a.study.member().id());
        code(qda, s1, "posta de salud", salud, luis.id());
        code(qda, s1, "😀 señor", disc, a.study.member().id());
        Coding key = code(qda, s2, "La discriminación en el trabajo", disc, luis.id());
        qda.memos().add(MemoTarget.PROJECT, null, "Plan", "Triangular por grupo de fuente.");
        qda.memos().add(MemoTarget.SOURCE, s1.id(), "Contexto", "Sin grabación.");
        qda.memos().add(MemoTarget.CODE, salud.id(), "Definición", "Revisar con Luis.");
        qda.memos().add(MemoTarget.CODING, key.id(), "Cita", "Cita clave.");
        qda.cases().setAttribute(ki.id(), "city", "Lima", false);
        qda.cases().setAttribute(ki.id(), "source_group", "gobierno", false);
        qda.cases().setAttribute(ki.id(), "gender_identity", "mujer trans", true);
        qda.cases().setAttribute(idi.id(), "city", "Tumbes", false);
        qda.cases().setAttribute(idi.id(), "source_group", "migrante", false);
    }

    private static Coding code(QdaServices qda, Source s, String words, Code code, String coder) {
        int start = RefiFixtures.cp(s.text(), words);
        return qda.codings().code(s.id(), start, start + words.codePointCount(0, words.length()), code.id(), coder);
    }

    @AfterEach
    void tearDown() {
        for (ConsentFixture f : new ConsentFixture[] {a, b}) { // imports through Campo keep the records true
            if (!f.study.isLocked()) {
                assertThat(org.campo.study.DeepCheck.run(f.study, org.campo.common.ProgressListener.NONE).damaged())
                        .filteredOn(d -> org.campo.study.DeepCheck.TABLES.equals(d.column())).isEmpty();
            }
        }
        a.close();
        b.close();
    }

    @Test
    void exportImportIntoAnEmptyStudyAndExportAgainGivesTheSameProject() throws Exception {
        for (LineEndings endings : LineEndings.values()) {
            QdpxExporter.Options options = QdpxExporter.Options.defaults().withLineEndings(endings).withSensitive(true);
            Path first = tmp.resolve("first-" + endings + ".qdpx");
            a.ctx.refi(a.study).exportProject(first, options);
            if (endings == LineEndings.CRLF) {
                // each pass imports into an empty study
                b.close();
                b = new ConsentFixture(Files.createDirectories(tmp.resolve("b2")));
            }
            RefiService refiB = b.ctx.refi(b.study);
            ImportPlan plan = refiB.importProject(first);
            assertThat(plan.report().of(RefiReport.Kind.LOST)).extracting(RefiReport.Entry::key)
                    .containsExactly("refi.import.noConsent");

            QdaSnapshot imported = refiB.snapshot();
            assertThat(imported.codings()).hasSize(4);
            assertThat(imported.coders()).extracting(c -> c.name() + (c.external() ? " (external)" : ""))
                    .containsExactlyInAnyOrder("coord", "luis (external)");
            Source s1 = imported.sources().stream().filter(s -> s.name().equals("Entrevista KI-LIM-01")).findFirst()
                    .orElseThrow();
            assertThat(imported.codings().stream().filter(c -> c.sourceId().equals(s1.id()))
                    .map(c -> TextPositions.slice(s1.text(), c.start(), c.end())))
                    .containsExactlyInAnyOrder("Niños y niñas", "posta de salud", "😀 señor");

            Path second = tmp.resolve("second-" + endings + ".qdpx");
            refiB.exportProject(second, options);
            assertThat(QdpxRoundTripTest.canonical(second)).isEqualTo(QdpxRoundTripTest.canonical(first));
        }
        assertThat(b.study.audit().verify().ok()).isTrue();
    }

    @Test
    void coderFromAnotherToolIsNamedInRetrievalAndAgreementNotByItsId() throws Exception {
        Path file = tmp.resolve("p.qdpx");
        a.ctx.refi(a.study).exportProject(file, QdpxExporter.Options.defaults());
        b.ctx.refi(b.study).importProject(file);
        QdaServices qdaB = b.ctx.qda(b.study);

        assertThat(qdaB.snapshot().coders()).extracting(c -> c.name() + (c.external() ? " (external)" : ""))
                .containsExactlyInAnyOrder("coord", "luis (external)");
        Code disc = qdaB.codebook().byPath("Discriminación");
        assertThat(qdaB.retrieval().segments(disc.id(), Map.of())).extracting(org.campo.qda.Segment::coderName)
                .containsExactlyInAnyOrder("coord", "luis");
        var report = b.ctx.qdaExports(b.study).agreement(java.util.List.of("coord", "luis"), null, null,
                java.util.Locale.ENGLISH);
        assertThat(report.coders()).extracting(org.campo.qda.Coder::name).containsExactly("coord", "luis");
    }

    @Test
    void aHostileProjectChangesNothingInTheStudy() throws Exception {
        Path bomb = RefiFixtures.zip(tmp.resolve("bomb.qdpx"), Map.of(
                "project.qde", RefiFixtures.utf8("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><CodeBook><Codes>"
                        + "<Code guid=\"3f0e7d2a-1111-4222-8333-944455550000\" name=\"c\" isCodable=\"true\"/></Codes>"
                        + "</CodeBook><Sources><TextSource guid=\"3f0e7d2a-1111-4222-8333-944455556666\" name=\"t\""
                        + " plainTextPath=\"internal://zeros.txt\"/></Sources></Project>"),
                "sources/zeros.txt", new byte[8 << 20]));
        RefiService refiB = b.ctx.refi(b.study);
        long auditBefore = b.study.audit().verify().entries();
        assertThatThrownBy(() -> refiB.importProject(bomb)).isInstanceOf(CampoException.class);
        QdaSnapshot s = refiB.snapshot();
        assertThat(s.sources()).isEmpty();
        assertThat(s.codes()).isEmpty();
        assertThat(b.study.audit().verify().entries()).isEqualTo(auditBefore);
    }

    @Test
    void theIrbRoleCanNeitherExportNorImport() throws Exception {
        Path file = tmp.resolve("p.qdpx");
        a.ctx.refi(a.study).exportProject(file, QdpxExporter.Options.defaults());
        var irb = a.reopenAsIrb();
        assertThatThrownBy(() -> a.ctx.refi(irb).exportProject(tmp.resolve("irb.qdpx"), QdpxExporter.Options.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> a.ctx.refi(irb).importProject(file)).isInstanceOf(AccessDeniedException.class);
        assertThat(Set.of(Files.exists(tmp.resolve("irb.qdpx")))).containsExactly(false);
    }
}
