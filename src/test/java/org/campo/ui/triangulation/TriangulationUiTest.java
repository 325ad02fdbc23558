package org.campo.ui.triangulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.model.Role;
import org.campo.model.Code;
import org.campo.qda.QdaServices;
import org.campo.model.SourceKind;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.TriangulationPage;
import org.junit.jupiter.api.Test;

/** A researcher opens the matrix, clicks a cell, reads its segments and writes its summary. */
class TriangulationUiTest extends CampoUiTest {
    private static final String GOV = "La norma existe, pero el personal de salud no la conoce.";
    private static final String MIGRANT = "En el centro de salud me pidieron el carné y me fui.";

    @Override
    protected void prepare() {
        var file = home.resolve("triangulacion.campo");
        OpenStudy study = context.studies().create(file, "Triangulación", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        QdaServices qda = context.qda(study);
        Code health = qda.codebook().create(null, "Health", "Access to health care", "#d62728");
        qda.codebook().create(null, "Documentation", "Papers", "#2ca02c");
        String gov = caseWith(study, qda, "KI-GOV-01", "government");
        String mig = caseWith(study, qda, "P-001", "migrant");
        var s1 = qda.sources().addNote("KI-GOV-01", SourceKind.INTERVIEW_NOTES, gov, GOV);
        var s2 = qda.sources().addNote("P-001", SourceKind.INTERVIEW_NOTES, mig, MIGRANT);
        qda.codings().code(s1.id(), 0, GOV.length(), health.id());
        qda.codings().code(s2.id(), 0, MIGRANT.length(), health.id());
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    private static String caseWith(OpenStudy study, QdaServices qda, String code, String group) {
        ConsentServices consent = new ConsentServices(study);
        Participant p = consent.participants().register(code, Map.of());
        qda.cases().setAttribute(p.id(), "source_group", group, false);
        qda.cases().setAttribute(p.id(), "gender_identity", "canary", true);
        return p.id();
    }

    @Test
    void clickingACellShowsItsSegmentsAndItsSummaryIsKept() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        TriangulationPage matrix = TriangulationPage.open(robot);

        assertThat(matrix.cell(0, 0)).isEqualTo("1/1");
        assertThat(matrix.cell(1, 0)).isEqualTo("—");
        matrix.clickCell(0, 1);

        assertThat(matrix.cellTitle()).contains("Health").contains("Migrants").contains("1 of 1 cases");
        assertThat(matrix.segments()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(MIGRANT);
            assertThat(s.source()).isEqualTo("P-001");
        });

        matrix.writeSummary("Migrants meet the same refusal the officials describe.");
        assertThat(matrix.cell(0, 1)).isEqualTo("1/1 ✎");
        matrix.refresh().clickCell(0, 1);
        assertThat(matrix.summary()).isEqualTo("Migrants meet the same refusal the officials describe.");
    }
}
