package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campo.common.Ids;
import org.campo.common.Messages;
import org.campo.consent.ConsentPermission;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.SubmissionStatus;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.FormFillerPage;
import org.campo.ui.pages.FormsPage;
import org.campo.ui.pages.InterviewStartPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * Each instrument shipped in {@code forms/} is filled to the end through the interface in
 * Spanish, screen by screen, and finalized: the two anonymous surveys straight from the Forms
 * section, the two interviews after choosing the participant and recording their consent. The
 * answers are those that satisfy the forms' constraints (consent given, adult ages, a participant
 * code in the study's pattern, an exclusive "none" never combined); a question not listed gets
 * its first choice, or a short text.
 */
class ShippedFormsUiTest extends CampoUiTest {
    private static final String FALLBACK_TEXT = "Nota";

    @Override
    protected void prepare() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        Path file = home.resolve("tumbes.campo");
        var created = context.studies().create(file, "Tumbes", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        var study = created.study();
        for (String form : List.of("flow-count", "flow-monitoring-survey", "key-informant-interview",
                "in-depth-interview")) {
            context.forms(study).importWorkbook(Files.readAllBytes(Path.of("forms", form + ".xlsx")), form + ".xlsx");
        }
        study.addSite(new Site(Ids.newId(), "CEBAF-TUMBES", "CEBAF Tumbes", -3.5, -80.4));
        context.consent(study).scripts().add("entrevista", "es", "Consentimiento informado",
                "Le invitamos a participar en una entrevista sobre el acceso a servicios en la frontera...",
                EnumSet.allOf(ConsentPermission.class));
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void flowCountIsFilledInSpanishAndFinalized() {
        FormFillerPage filler = openSurvey("campo_flow_count").at("point_code");
        assertThat(filler.label("point_code")).isEqualTo("Punto de monitoreo");

        fillToEnd(filler, Map.of("group_seq", "3", "women_18_59", "1"), "Niñas de 0 a 5 años", "girls_0_5");

        assertFinal(filler);
    }

    @Test
    void flowMonitoringSurveyIsFilledInSpanishAndFinalized() {
        FormFillerPage filler = openSurvey("campo_flow_monitoring_survey").at("point_code");
        assertThat(filler.label("point_code")).isEqualTo("Punto de monitoreo");

        fillToEnd(filler, Map.ofEntries(Map.entry("screen_arriving", "yes"), Map.entry("screen_adult", "yes"),
                Map.entry("screen_previous", "no"), Map.entry("consent", "yes"), Map.entry("age", "34"),
                Map.entry("travels_with_group", "yes"), Map.entry("group_others", "2"),
                Map.entry("member_age", "30"), Map.entry("date_left", "2025-11-02"),
                Map.entry("transit_countries", "colombia ecuador"), Map.entry("trip_cost", "120.50"),
                Map.entry("documents", "cedula"), Map.entry("destination_type", "peru"),
                Map.entry("route_difficulties", "lack_money walking"), Map.entry("need_1", "food"),
                Map.entry("need_2", "water"), Map.entry("need_3", "shelter"), Map.entry("disability", "no"),
                Map.entry("chronic_illness", "no"), Map.entry("hiv_treatment_interrupted", "no"),
                Map.entry("pregnant_lactating", "no"), Map.entry("gbv_risk", "no")),
                "¿Cuántos años cumplidos tiene?", "age");

        assertFinal(filler);
    }

    @Test
    void keyInformantInterviewIsFilledInSpanishAfterConsentAndFinalized() {
        FormFillerPage filler = openInterview("campo_key_informant_interview", "KI-GOV-03").at("participant_code");
        assertThat(filler.label("participant_code")).isEqualTo("Código del informante");
        assertThat(filler.value("participant_code")).isEqualTo("KI-GOV-03");

        fillToEnd(filler, Map.of("recorded", "no"), "Recomendaciones", "recommendations");

        assertFinal(filler);
    }

    @Test
    void inDepthInterviewIsFilledInSpanishAfterConsentAndFinalized() {
        FormFillerPage filler = openInterview("campo_in_depth_interview", "P-014").at("participant_code");
        assertThat(filler.label("participant_code")).isEqualTo("Código de participante");
        assertThat(filler.value("participant_code")).isEqualTo("P-014");

        fillToEnd(filler, Map.of("consent_confirmed", "yes", "recorded", "no", "age", "34"),
                "Planes a futuro", "notes_future");

        assertFinal(filler);
    }

    // ---- steps ---------------------------------------------------------------------------------

    private FormFillerPage openSurvey(String formId) {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        return FormsPage.open(robot).select(formId).newSubmission();
    }

    private FormFillerPage openInterview(String formId, String participantCode) {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        FormsPage.open(robot).select(formId);
        InterviewStartPage start = InterviewStartPage.startInterview(robot).newParticipant(participantCode).atConsent();
        return start.decide("participate", true).decide("audio_recording", false).decide("direct_quotation", true)
                .decide("future_contact", true).decide("data_sharing", false).recordAndOpen();
    }

    /**
     * Answers every screen and moves on until the end screen. {@code answers} by question name
     * (space-separated values for a select_multiple, the same answer for every repeat); otherwise
     * the first choice that is not "other", a short text, or the value already shown (a default
     * or the participant's code). Checks that {@code spanishLabel} is shown for {@code question}.
     */
    private void fillToEnd(FormFillerPage filler, Map<String, String> answers, String spanishLabel, String question) {
        boolean labelSeen = false;
        for (int screen = 0; screen < 200; screen++) {
            if (filler.atEnd()) {
                assertThat(labelSeen).as("question %s was shown", question).isTrue();
                return;
            }
            if (filler.atAddRepeat()) {
                filler.declineRepeat();
                continue;
            }
            for (String name : filler.questions()) {
                String field = name.replaceFirst("-\\d+$", "");
                if (field.equals(question)) {
                    assertThat(filler.label(name)).isEqualTo(spanishLabel);
                    labelSeen = true;
                }
                answer(filler, name, answers.get(field));
            }
            filler.nextScreenExpectingChange();
        }
        throw new AssertionError("the form did not end");
    }

    private static void answer(FormFillerPage filler, String name, String given) {
        switch (filler.kind(name)) {
            case NOTE, OTHER -> {
            }
            case TEXT, DATE, NOTES -> {
                if (given != null) {
                    filler.fillIn(name, given);
                } else if (!filler.hasValue(name)) {
                    filler.fillIn(name, FALLBACK_TEXT);
                }
            }
            case SELECT_ONE -> {
                String value = given != null ? given : firstChoice(filler, name);
                if (!filler.isTicked(name, value)) {
                    filler.pick(name, value);
                }
            }
            case SELECT_MULTIPLE -> {
                List<String> values = given != null ? List.of(given.split(" ")) : List.of(firstChoice(filler, name));
                for (String value : values) {
                    if (!filler.isTicked(name, value)) {
                        filler.pick(name, value);
                    }
                }
            }
        }
    }

    private static String firstChoice(FormFillerPage filler, String name) {
        List<String> choices = filler.choices(name);
        return choices.stream().filter(c -> !c.equalsIgnoreCase("other")).findFirst().orElse(choices.get(0));
    }

    private static void assertFinal(FormFillerPage filler) {
        assertThat(filler.finalizeAtEnd()).isEqualTo("Registro finalizado.");
        FormsPage forms = filler.backFromEnd();
        assertThat(forms.submissions()).extracting(s -> s.status()).containsExactly(SubmissionStatus.FINAL);
    }
}
