package org.campo.ui.triangulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.campo.model.Code;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.model.SourceKind;
import org.campo.qda.ConsensusService.Decision;
import org.campo.qda.QdaServices;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.AgreementPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/** The consensus review from the keyboard: each stretch where two coders differ decided with a digit. */
class ConsensusUiTest extends CampoUiTest {
    private static final String TEXT = "La posta pide carné y pasaporte. Nos insultan en la calle.";

    @Override
    protected void prepare() {
        var file = home.resolve("consenso.campo");
        OpenStudy study = context.studies().create(file, "Consenso", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        Member rosa = study.addMember("rosa", Role.RESEARCHER, "rosa passphrase long".toCharArray());
        QdaServices qda = context.qda(study);
        Code doc = qda.codebook().create(null, "Documentación", null, null);
        Code disc = qda.codebook().create(null, "Discriminación", null, null);
        var s = qda.sources().addNote("Nota", SourceKind.FIELD_NOTE, null, TEXT);
        qda.codings().code(s.id(), 14, 19, doc.id());
        qda.codings().code(s.id(), 14, 31, doc.id(), rosa.id());
        qda.codings().code(s.id(), 33, 57, disc.id(), rosa.id());
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void decideEachStretchWithADigitAndSeeTheFiguresBeforeAndAfter() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        AgreementPage page = AgreementPage.open(robot).startConsensus();
        assertThat(page.stretches()).extracting(AgreementViewModel.ConsensusLine::firstWords,
                AgreementViewModel.ConsensusLine::secondWords).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("carné", "carné y pasaporte"),
                        org.assertj.core.groups.Tuple.tuple("", "Nos insultan en la calle"));
        assertThat(page.figures()).startsWith("Before: ana and rosa agree on").contains("Decided 0 of 2");

        page.decide(2).decide(0);

        assertThat(page.stretches()).extracting(AgreementViewModel.ConsensusLine::decision)
                .containsExactly(Decision.SECOND, Decision.NEITHER);
        assertThat(page.figures()).contains("After, against the consensus: ana").contains("Decided 2 of 2");
    }
}
