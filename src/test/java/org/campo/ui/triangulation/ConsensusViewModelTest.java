package org.campo.ui.triangulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.consent.ConsentFixture;
import org.campo.model.Code;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.ConsensusService.Decision;
import org.campo.qda.QdaServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consensus review as the Agreement tab drives it: start, decide, figures before and after. */
class ConsensusViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void startListsTheStretchesToDecideAndEachDecisionUpdatesTheFigures() {
        f = new ConsentFixture(tmp);
        QdaServices qda = f.ctx.qda(f.study);
        Member rosa = f.study.addMember("rosa", Role.RESEARCHER, "rosa passphrase long".toCharArray());
        String text = "La posta pide carné y pasaporte.";
        Source s = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, text);
        Code doc = qda.codebook().create(null, "Documentación", null, null);
        qda.codings().code(s.id(), 14, 19, doc.id());
        qda.codings().code(s.id(), 14, 31, doc.id(), rosa.id());
        AgreementViewModel model = new AgreementViewModel(qda::snapshot, new SameThreadTaskExecutor(), qda::consensus);
        model.load();
        model.firstCoderProperty().set(model.coders().stream().filter(c -> !c.name().equals("rosa")).findFirst().orElseThrow());
        model.secondCoderProperty().set(model.coders().stream().filter(c -> c.name().equals("rosa")).findFirst().orElseThrow());

        model.startConsensus();
        assertThat(model.consensusLines()).singleElement().satisfies(l -> {
            assertThat(l.firstWords()).isEqualTo("carné");
            assertThat(l.secondWords()).isEqualTo("carné y pasaporte");
            assertThat(l.decision()).isNull();
        });
        assertThat(model.consensusFiguresProperty().get().key()).isEqualTo("ui.agreement.consensus.before");

        model.decide(model.consensusLines().get(0), Decision.SECOND);
        assertThat(model.consensusLines().get(0).decision()).isEqualTo(Decision.SECOND);
        assertThat(model.consensusFiguresProperty().get().key()).isEqualTo("ui.agreement.consensus.figures");
        assertThat(model.consensusFiguresProperty().get().text()).contains("rosa 100.0% (kappa 1.000)");
    }
}
