package org.campo.ui.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.campo.model.Role;
import org.campo.qda.QdaServices;
import org.campo.model.SourceKind;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.WorkbenchPage;
import org.junit.jupiter.api.Test;

/** The coding workbench from the keyboard: code a segment, see its stripe, write a memo, find it in retrieval. */
class WorkbenchUiTest extends CampoUiTest {

    @Override
    protected void prepare() throws Exception {
        Path file = home.resolve("lima.campo");
        var study = context.studies().create(file, "Lima", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        var consent = context.consent(study);
        var script = consent.scripts().add("ki", "es", "Consentimiento", "Le invitamos a una entrevista...",
                java.util.EnumSet.allOf(org.campo.consent.ConsentPermission.class));
        var p = consent.participants().register("KI-GOV-01", Map.of());
        Map<org.campo.consent.ConsentPermission, Boolean> all = new java.util.EnumMap<>(org.campo.consent.ConsentPermission.class);
        for (var perm : org.campo.consent.ConsentPermission.values()) {
            all.put(perm, true);
        }
        consent.consent().record(org.campo.consent.ConsentRequest.verbal(p.id(), script.id(), all,
                "Leí el guion en voz alta.", null));
        QdaServices qda = context.qda(study);
        qda.cases().setAttribute(p.id(), "city", "lima", false);
        qda.sources().addNote("Notas KI-GOV-01", SourceKind.INTERVIEW_NOTES, p.id(),
                "Sin SIS no hay tratamiento.\nLa posta pide carné.");
        qda.sources().addNote("Notas KI-GOV-01 (seguimiento)", SourceKind.INTERVIEW_NOTES, p.id(),
                "Volvió a la posta.\nEl CARNE de extranjería no basta; pidió el carne otra vez.");
        var health = qda.codebook().create(null, "Acceso a salud", "Barreras para usar servicios de salud", null);
        qda.codebook().create(health.id(), "Seguro de salud", null, null);
        qda.codebook().create(null, "Documentación", null, null);
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void codeASegmentWithTheKeyboardSeeItsStripeAddAMemoAndFindItInRetrieval() {
        WorkbenchPage bench = new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE).openWorkbench();
        assertThat(bench.text()).startsWith("Sin SIS");
        assertThat(bench.stripes()).isZero();

        bench.selectWithKeyboard(4, 3);
        assertThat(bench.selectedText()).isEqualTo("SIS");
        bench.pressShortcut(2);

        assertThat(bench.message()).isEqualTo("Coded with Acceso a salud/Seguro de salud.");
        assertThat(bench.stripes()).isEqualTo(1);

        bench.selectWithKeyboard(4, 3).addMemo("El SIS aparece como barrera en todas las entrevistas");
        assertThat(bench.memos()).containsExactly("El SIS aparece como barrera en todas las entrevistas");

        bench.selectWithKeyboard(42, 5).codeByName("docu");
        assertThat(bench.stripes()).isEqualTo(2);

        assertThat(bench.retrieve()).containsExactly("KI-GOV-01|ana|Documentación|carné");
    }

    @Test
    void searchAcrossSourcesIgnoringAccentsOpenAHitAndCodeAllHits() {
        WorkbenchPage bench = new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE).openWorkbench();
        bench.search("carne");
        assertThat(bench.hits()).containsExactly(
                "KI-GOV-01|Notas KI-GOV-01|text|carné",
                "KI-GOV-01|Notas KI-GOV-01 (seguimiento)|text|CARNE",
                "KI-GOV-01|Notas KI-GOV-01 (seguimiento)|text|carne");
        assertThat(bench.searchSummary()).isEqualTo("3 hits in 2 sources, 0 in memos. Enter opens a hit.");

        bench.openHit(2);
        assertThat(bench.text()).startsWith("Volvió a la posta.");
        assertThat(bench.selectedText()).isEqualTo("carne");

        bench.codeAllHits("docu");
        assertThat(bench.message()).isEqualTo("Coded 3 hits with Documentación (0 already had it).");
        assertThat(bench.stripes()).as("the open source shows its two new codings on its second line").isEqualTo(1);
        assertThat(bench.retrieve()).containsExactly("KI-GOV-01|ana|Documentación|carné",
                "KI-GOV-01|ana|Documentación|CARNE", "KI-GOV-01|ana|Documentación|carne");
    }
}
