package org.campo.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campo.collect.FormSummary;
import org.campo.collect.StartOptions;
import org.campo.common.Messages;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentMode;
import org.campo.consent.ConsentPermission;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.model.FormVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant and consent steps before an interview, against a real study file. */
class InterviewStartViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    InterviewStartViewModel model;
    final List<StartOptions> started = new ArrayList<>();
    Locale before = Messages.locale();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        f = new ConsentFixture(tmp);
        model = new InterviewStartViewModel(f.consent, () -> List.of("TUM-CEBAF"), () -> "TUM-CEBAF");
    }

    @AfterEach
    void tearDown() {
        Messages.setLocale(before);
        f.close();
    }

    /** Starts like the submission service does: through the consent gate. */
    private void begin() {
        model.begin(form("campo_key_informant_interview"), options -> {
            f.consent.gate().requireConsentToInterview(options.participantId());
            started.add(options);
        });
    }

    private static FormSummary form(String formId) {
        return new FormSummary(new FormVersion("v1", formId, "1", "0", "Key informant interview", null, null, null), 0, 0);
    }

    @Test
    void interviewsAreRecognisedByTheirFormId() {
        assertThat(model.handles(form("campo_key_informant_interview"))).isTrue();
        assertThat(model.handles(form("campo_in_depth_interview"))).isTrue();
        assertThat(model.handles(form("campo_flow_count"))).isFalse();
        assertThat(InterviewForms.exampleCode("campo_key_informant_interview")).isEqualTo("KI-GOV-03");
        assertThat(InterviewForms.exampleCode("campo_in_depth_interview")).isEqualTo("P-014");
    }

    @Test
    void aNewParticipantWithoutConsentIsAskedForConsentWithTheGatesReason() {
        begin();
        model.pickerProperty().get().newCodeProperty().set("KI-GOV-03");
        model.continueWithParticipant();

        assertThat(started).isEmpty();
        assertThat(model.stepProperty().get()).isEqualTo(InterviewStartViewModel.Step.CONSENT);
        assertThat(model.gateMessageProperty().get().key()).isEqualTo("consent.required");
        ConsentCaptureViewModel capture = model.captureProperty().get();
        assertThat(capture.scriptProperty().get().key()).isEqualTo("ki-interview");
        assertThat(capture.asked()).startsWith(ConsentPermission.PARTICIPATE).hasSize(5);
        assertThat(capture.siteCodeProperty().get()).isEqualTo("TUM-CEBAF");
        assertThat(capture.attestationProperty().get()).startsWith("I read the consent script");
    }

    @Test
    void aRefusalIsRecordedAndTheInterviewDoesNotStart() {
        begin();
        model.pickerProperty().get().newCodeProperty().set("P-014");
        model.continueWithParticipant();
        ConsentCaptureViewModel capture = model.captureProperty().get();

        capture.decision(ConsentPermission.PARTICIPATE).set(false);
        assertThat(capture.decision(ConsentPermission.AUDIO_RECORDING).get()).isFalse();
        model.recordConsent();

        assertThat(started).isEmpty();
        assertThat(model.noticeProperty().get().key()).isEqualTo("ui.consent.refusalRecorded");
        assertThat(model.gateMessageProperty().get().key()).isEqualTo("consent.required");
        assertThat(f.consent.consent().history(capture.participant().id())).hasSize(1);
    }

    @Test
    void anUndecidedPermissionIsRefusedWithTheServicesReasonAndNothingIsRecorded() {
        begin();
        model.pickerProperty().get().newCodeProperty().set("P-015");
        model.continueWithParticipant();
        ConsentCaptureViewModel capture = model.captureProperty().get();
        capture.decision(ConsentPermission.PARTICIPATE).set(true);

        model.recordConsent();

        assertThat(capture.errorProperty().get().key()).isEqualTo("consent.decisionMissing");
        assertThat(f.consent.consent().history(capture.participant().id())).isEmpty();
    }

    @Test
    void witnessedConsentNeedsAWitnessAndThenStartsTheInterview() {
        begin();
        model.pickerProperty().get().newCodeProperty().set("KI-ONG-01");
        model.continueWithParticipant();
        ConsentCaptureViewModel capture = model.captureProperty().get();
        capture.asked().forEach(p -> capture.decision(p).set(p != ConsentPermission.AUDIO_RECORDING));
        capture.modeProperty().set(ConsentMode.WITNESSED);

        model.recordConsent();
        assertThat(capture.errorProperty().get().key()).isEqualTo("consent.witnessRequired");

        capture.witnessProperty().set("Community promoter");
        model.recordConsent();

        assertThat(started).singleElement().satisfies(o ->
                assertThat(o.participantId()).isEqualTo(capture.participant().id()));
        assertThat(model.stepProperty().get()).isEqualTo(InterviewStartViewModel.Step.NONE);
        assertThat(f.consent.consent().current(capture.participant().id()).orElseThrow().witness())
                .isEqualTo("Community promoter");
    }

    @Test
    void aParticipantWithConsentGoesStraightToTheInterview() {
        Participant p = f.participant("KI-GOV-04", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        begin();
        model.pickerProperty().get().creatingNewProperty().set(false);
        model.pickerProperty().get().selectedProperty().set(p);

        model.continueWithParticipant();

        assertThat(started).extracting(StartOptions::participantId).containsExactly(p.id());
        assertThat(model.captureProperty().get()).isNull();
    }

    @Test
    void aWithdrawnParticipantIsNotOfferedAndAnInvalidCodeIsExplained() {
        Participant gone = f.participant("P-001", Map.of());
        f.consent.withdrawals().withdraw(gone.id(), WithdrawalScope.KEEP, "moved on");
        begin();
        ParticipantPickerViewModel picker = model.pickerProperty().get();
        assertThat(picker.existing()).isEmpty();

        picker.newCodeProperty().set("Maria Lopez");
        model.continueWithParticipant();
        assertThat(picker.errorProperty().get().key()).isEqualTo("consent.codeInvalid");

        picker.newCodeProperty().set("P-001");
        model.continueWithParticipant();
        assertThat(picker.errorProperty().get().key()).isEqualTo("ui.consent.participant.codeTaken");
        assertThat(model.stepProperty().get()).isEqualTo(InterviewStartViewModel.Step.PARTICIPANT);
    }
}
