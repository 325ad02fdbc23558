package org.campo.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.consent.ConsentFixture;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.ConsensusService.Decision;
import org.campo.qda.ConsensusService.Item;
import org.campo.qda.ConsensusService.Review;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two coders' disagreements reviewed one by one into a third, consensus set; their own codings untouched. */
class ConsensusServiceTest {
    static final String TEXT = "Sin SIS no hay tratamiento. La posta pide carné y pasaporte. Nos insultan en la calle.";

    @TempDir
    Path tmp;
    ConsentFixture f;
    QdaServices qda;
    Member rosa;
    Source src;
    Code salud;
    Code doc;
    Code disc;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        qda = f.ctx.qda(f.study);
        rosa = f.study.addMember("rosa", Role.RESEARCHER, "rosa passphrase long".toCharArray());
        src = qda.sources().addNote("Entrevista", SourceKind.INTERVIEW_NOTES, null, TEXT);
        salud = qda.codebook().create(null, "Salud", null, null);
        doc = qda.codebook().create(null, "Documentación", null, null);
        disc = qda.codebook().create(null, "Discriminación", null, null);
        String me = qda.coder().id();
        // Both code "Sin SIS no hay tratamiento" as health: agreed.
        code("Sin SIS no hay tratamiento", salud, me);
        code("Sin SIS no hay tratamiento", salud, rosa.id());
        // Documents: the first coder takes "carné", the second "carné y pasaporte".
        code("carné", doc, me);
        code("carné y pasaporte", doc, rosa.id());
        // Discrimination: only the second coder saw it.
        code("Nos insultan en la calle", disc, rosa.id());
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

    private void code(String words, Code code, String coder) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(words));
        qda.codings().code(src.id(), start, start + words.codePointCount(0, words.length()), code.id(), coder);
    }

    private List<String> consensusWords(Review r) {
        return qda.codings().of(src.id()).stream().filter(k -> k.coderId().equals(r.consensus().id()))
                .map(k -> qda.codebook().path(k.codeId()) + ":" + TextPositions.slice(TEXT, k.start(), k.end()))
                .sorted().toList();
    }

    @Test
    void disagreementsAreReviewedOneByOneIntoAThirdSetWithFiguresBeforeAndAfter() {
        String me = qda.coder().id();
        Review first = qda.consensus().review(me, rosa.id());
        assertThat(first.consensus()).as("nothing stored by reading").isNull();
        assertThat(first.agreed()).isEqualTo(1);
        assertThat(first.items()).extracting(Item::codePath, Item::firstWords, Item::secondWords).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Documentación", "carné", "carné y pasaporte"),
                org.assertj.core.groups.Tuple.tuple("Discriminación", "", "Nos insultan en la calle"));
        assertThat(first.before().kappa()).isBetween(0.0, 1.0);
        assertThat(first.firstAfter()).isNull();

        long audit = f.study.audit().size();
        Review started = qda.consensus().start(me, rosa.id());
        assertThat(started.consensus().name()).isEqualTo(qda.coder().userName() + " + rosa");
        assertThat(consensusWords(started)).containsExactly("Salud:Sin SIS no hay tratamiento");
        assertThat(started.decided()).isZero();
        assertThat(qda.snapshot().coders()).extracting(Coder::name).contains(started.consensus().name());

        Review afterDoc = qda.consensus().decide(me, rosa.id(), started.items().get(0), Decision.SECOND);
        Review afterDisc = qda.consensus().decide(me, rosa.id(), afterDoc.items().get(1), Decision.NEITHER);
        assertThat(consensusWords(afterDisc)).containsExactly("Documentación:carné y pasaporte",
                "Salud:Sin SIS no hay tratamiento");
        assertThat(afterDisc.items()).extracting(Item::decision).containsExactly(Decision.SECOND, Decision.NEITHER);
        assertThat(afterDisc.decided()).isEqualTo(2);
        // Before stays what the two coders did on their own; after, each coder is closer to the consensus
        // than to the other (each differs from it in one stretch, where they differed in two).
        assertThat(afterDisc.before()).isEqualTo(first.before());
        assertThat(afterDisc.firstAfter().percent()).isGreaterThan(first.before().percent());
        assertThat(afterDisc.secondAfter().percent()).isGreaterThan(first.before().percent());
        assertThat(afterDisc.firstAfter().someCoded()).isEqualTo(" y pasaporte".length());
        assertThat(afterDisc.secondAfter().someCoded()).isEqualTo("Nos insultan en la calle".length());

        // Changing one's mind replaces the consensus codings there.
        qda.consensus().decide(me, rosa.id(), afterDisc.items().get(0), Decision.FIRST);
        Review changed = qda.consensus().decide(me, rosa.id(), afterDisc.items().get(1), Decision.SECOND);
        assertThat(consensusWords(changed)).containsExactly("Discriminación:Nos insultan en la calle",
                "Documentación:carné", "Salud:Sin SIS no hay tratamiento");

        // The coders' own codings are untouched; every change is audited.
        List<Coding> own = qda.codings().of(src.id()).stream().filter(k -> !k.coderId().equals(changed.consensus().id()))
                .toList();
        assertThat(own).hasSize(5);
        var entries = f.study.audit().entries(audit + 1, 100);
        assertThat(entries).extracting(e -> e.action()).containsOnly(AuditAction.QDA_CONSENSUS).hasSize(5);
        assertThat(f.study.audit().verify().ok()).isTrue();

        // Starting again copies nothing twice.
        assertThat(consensusWords(qda.consensus().start(rosa.id(), me))).hasSize(3);
    }

    @Test
    void blindModeAndAnUnstartedConsensusAreRefused() {
        String me = qda.coder().id();
        assertThatThrownBy(() -> qda.consensus().decide(me, rosa.id(),
                qda.consensus().review(me, rosa.id()).items().get(0), Decision.FIRST))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.consensus.notStarted");
        qda.setBlind(true);
        assertThatThrownBy(() -> qda.consensus().start(me, rosa.id()))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.consensus.blind");
    }
}
