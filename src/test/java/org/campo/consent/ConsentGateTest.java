package org.campo.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.campo.common.CampoException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentGateTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    ConsentGate gate;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        gate = f.consent.gate();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void interviewWithoutAnyConsentIsRefused() {
        Participant p = f.participant("KI-GOV-03", Map.of());

        assertThatThrownBy(() -> gate.requireConsentToInterview(p.id()))
                .isInstanceOf(CampoException.class)
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.required");
    }

    @Test
    void refusedParticipationIsRecordedButOpensNoInterview() {
        Participant p = f.participant("P-014", Map.of());
        ConsentRecord refused = f.verbalConsent(p, ConsentFixture.allRefused());

        assertThat(f.consent.consent().history(p.id())).containsExactly(refused);
        assertThatThrownBy(() -> gate.requireConsentToInterview(p.id()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.required");
    }

    @Test
    void grantedParticipationOpensTheInterviewAndNamesTheScriptAndResearcher() {
        Participant p = f.participant("P-015", Map.of());
        f.verbalConsent(p, ConsentFixture.grantedExcept(ConsentPermission.AUDIO_RECORDING));

        ConsentRecord consent = gate.requireConsentToInterview(p.id());

        assertThat(consent.script().label()).isEqualTo("ki-interview v1 (es)");
        assertThat(consent.researcherName()).isEqualTo("coord");
        assertThat(consent.obtainedAt()).isEqualTo(ConsentFixture.NOW);
        assertThat(consent.mode()).isEqualTo(ConsentMode.VERBAL);
        assertThatThrownBy(() -> gate.requirePermission(p.id(), ConsentPermission.AUDIO_RECORDING))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.permissionRefused");
        assertThat(gate.requirePermission(p.id(), ConsentPermission.DIRECT_QUOTATION).id()).isEqualTo(consent.id());
    }

    @Test
    void aMinorNeedsBothGuardianConsentAndAssent() {
        Participant p = f.participant("P-016", Map.of());
        ConsentRequest request = ConsentRequest.verbal(p.id(), f.script.id(), ConsentFixture.allGranted(),
                "Read aloud to the minor and her mother.", "TUM-CEBAF");

        assertThatThrownBy(() -> f.consent.consent().record(new ConsentRequest(p.id(), f.script.id(),
                ConsentMode.VERBAL, ConsentFixture.allGranted(), "attested", null, null, true, null, null)))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.minorNeedsGuardianAndAssent");

        f.consent.consent().record(request.forMinor(true, false));
        assertThatThrownBy(() -> gate.requireConsentToInterview(p.id()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.required");

        f.consent.consent().record(request.forMinor(true, true));
        assertThat(gate.requireConsentToInterview(p.id()).minor()).isTrue();
    }

    @Test
    void afterAWithdrawalTheGateSaysWithdrawnEvenWhenDataIsKept() {
        Participant p = f.participant("P-017", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        f.consent.withdrawals().withdraw(p.id(), WithdrawalScope.KEEP, null);

        assertThatThrownBy(() -> gate.requireConsentToInterview(p.id()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.withdrawn");
        assertThatThrownBy(() -> f.verbalConsent(p, ConsentFixture.allGranted()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.withdrawn");
    }

    @Test
    void screeningAnswerRecordsVerbalConsentForAGeneratedCode() {
        f.consent.scripts().add("flow-screening", "es", "Tamizaje", "¿Acepta responder unas preguntas?",
                java.util.EnumSet.of(ConsentPermission.PARTICIPATE));

        ConsentRecord yes = f.consent.consent().recordScreening(
                new ScreeningAnswer("flow-screening", "es", "TUM-CEBAF", true, null));
        ConsentRecord no = f.consent.consent().recordScreening(
                new ScreeningAnswer("flow-screening", "es", "TUM-CEBAF", false, null));

        assertThat(yes.participantCode()).matches("FM-[A-Z0-9]{8}");
        assertThat(yes.mode()).isEqualTo(ConsentMode.VERBAL);
        assertThat(yes.script().key()).isEqualTo("flow-screening");
        assertThat(gate.requireConsentToInterview(yes.participantId()).id()).isEqualTo(yes.id());
        assertThatThrownBy(() -> gate.requireConsentToInterview(no.participantId()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.required");
    }
}
