package org.campo.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each interview form names its script; the consent screen offers only that one, in the interview's language. */
class ConsentScriptsForFormTest {
    @TempDir
    Path tmp;
    private ConsentFixture f;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        ConsentScriptService scripts = f.consent.scripts();
        scripts.add("ki-interview", "en", "Informed consent: interview", "We invite you to an interview...",
                EnumSet.allOf(ConsentPermission.class));
        scripts.add("idi-interview", "es", "Consentimiento: entrevista en profundidad", "Le invitamos a conversar...",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING));
        scripts.add("idi-interview", "en", "Consent: in-depth interview", "We invite you to talk...",
                EnumSet.of(ConsentPermission.PARTICIPATE, ConsentPermission.AUDIO_RECORDING));
        scripts.add("screening-campo-flow-monitoring-survey", "es", "Tamizaje", "¿Acepta responder?",
                EnumSet.of(ConsentPermission.PARTICIPATE));
    }

    @AfterEach
    void tearDown() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        f.close();
    }

    @Test
    void anAssignedFormOffersOnlyItsScriptInTheInterviewLanguage() {
        f.consent.scripts().assign("campo_in_depth_interview", "idi-interview");
        assertThat(f.consent.scripts().forForm("campo_in_depth_interview", "es"))
                .singleElement().satisfies(s -> {
                    assertThat(s.key()).isEqualTo("idi-interview");
                    assertThat(s.language()).isEqualTo("es");
                });
        assertThat(f.consent.scripts().forForm("campo_in_depth_interview", "en"))
                .extracting(ConsentScript::title).containsExactly("Consent: in-depth interview");
        assertThat(f.consent.scripts().assignedTo("campo_in_depth_interview")).contains("idi-interview");
        assertThat(f.study.audit().entries(1, 1000)).anyMatch(e -> e.action().equals("consent.script.assigned"));
    }

    @Test
    void anUnassignedFormNeverOffersTheScreeningScriptsOfSurveys() {
        assertThat(f.consent.scripts().forForm("some_interview", "es")).extracting(ConsentScript::key)
                .containsOnly("ki-interview", "idi-interview");
        assertThat(f.consent.scripts().forForm("some_interview", "fr")).extracting(ConsentScript::key)
                .doesNotContain("screening-campo-flow-monitoring-survey");
    }

    @Test
    void aMissingDecisionNamesThePermissionInWords() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        var p = f.consent.participants().register("P-101", java.util.Map.of());
        var decisions = ConsentFixture.allGranted();
        decisions.remove(ConsentPermission.PARTICIPATE);
        assertThatThrownBy(() -> f.consent.consent().record(ConsentRequest.verbal(p.id(), f.script.id(), decisions,
                "attested", null)))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.getLocalizedMessage())
                        .contains("«Participar»").doesNotContain("participate"));
    }
}
