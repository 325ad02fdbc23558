package org.campo.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.campo.common.Ids;
import org.campo.consent.ConsentPermission;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.FormsPage;
import org.campo.ui.pages.InterviewStartPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * No consent, no interview: a researcher starts the shipped key-informant interview for a new
 * participant; the gate refuses, a recorded refusal keeps the form closed, and once consent
 * is recorded the form opens for that participant.
 */
class InterviewConsentUiTest extends CampoUiTest {

    @Override
    protected void prepare() throws Exception {
        Path file = home.resolve("tumbes.campo");
        var created = context.studies().create(file, "Tumbes", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        var study = created.study();
        context.forms(study).importWorkbook(Files.readAllBytes(Path.of("forms", "key-informant-interview.xlsx")),
                "key-informant-interview.xlsx");
        study.addSite(new Site(Ids.newId(), "TUM-CEBAF", "CEBAF Tumbes", -3.5, -80.4));
        context.consent(study).scripts().add("ki-interview", "en", "Informed consent: key informant interview",
                "We invite you to take part in an interview about access to services at the border...",
                EnumSet.allOf(ConsentPermission.class));
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void anInterviewWithoutConsentIsRefusedAndOpensOnceConsentIsRecorded() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        FormsPage forms = FormsPage.open(robot);
        InterviewStartPage start = InterviewStartPage.startInterview(robot).newParticipant("KI-GOV-03").atConsent();

        assertThat(start.gateMessage()).isEqualTo(
                "Participant KI-GOV-03 has no valid consent to take part. Record their consent before starting the interview.");
        assertThat(start.formOpen()).isFalse();

        start.decide("participate", false);
        assertThat(start.isDecisionEnabled("audio_recording")).isFalse();
        start.record();
        assertThat(start.notice()).isEqualTo("Refusal of KI-GOV-03 recorded. The interview does not start.");
        assertThat(start.gateMessage()).contains("KI-GOV-03 has no valid consent");
        assertThat(start.formOpen()).isFalse();

        start.decide("participate", true).decide("audio_recording", false).decide("direct_quotation", true)
                .decide("future_contact", true).decide("data_sharing", false);
        var filler = start.recordAndOpen();

        assertThat(filler.backToForms().submissions()).singleElement()
                .satisfies(sub -> assertThat(sub.participantId()).isNotNull());
    }
}
