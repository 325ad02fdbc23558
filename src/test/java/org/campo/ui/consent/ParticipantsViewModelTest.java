package org.campo.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.campo.common.Messages;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.ui.common.ScriptedDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParticipantsViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    ScriptedDialogService dialogs = new ScriptedDialogService();
    Locale before = Messages.locale();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        f = new ConsentFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        Messages.setLocale(before);
        f.close();
    }

    @Test
    void destroyingAsksWithWhatWillBeDeletedAndDeletesOnlyAfterYes() {
        Participant p = f.participant("P-014", Map.of("age_band", "25-34"));
        f.verbalConsent(p, ConsentFixture.allGranted());
        f.submission(p, "<data/>");
        ParticipantsViewModel model = new ParticipantsViewModel(f.consent, dialogs.answering(false).answering(true));
        model.load();
        model.selectedProperty().set(model.participants().get(0));
        model.scopeProperty().set(WithdrawalScope.DESTROY);

        model.withdraw();
        assertThat(f.consent.participants().get(p.id()).withdrawn()).isFalse();

        model.withdraw();
        assertThat(f.consent.participants().get(p.id()).withdrawn()).isTrue();
        assertThat(f.study.submissions().listByParticipant(p.id())).isEmpty();
        assertThat(model.resultProperty().get().text()).isEqualTo("Withdrawal of P-014 recorded.");
        assertThat(model.participants()).singleElement().satisfies(q -> assertThat(q.withdrawn()).isTrue());
    }

    @Test
    void theConfirmationSaysWhatWillBeDestroyed() {
        Participant p = f.participant("P-015", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        f.submission(p, "<data/>");
        f.submission(p, "<data/>");
        java.util.List<org.campo.ui.common.Message> asked = new java.util.ArrayList<>();
        ParticipantsViewModel model = new ParticipantsViewModel(f.consent, new org.campo.ui.common.DialogService() {
            @Override
            public java.util.Optional<Path> chooseNewStudyFile(String suggestedName) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseStudyFile() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseExportFolder() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseExportFile(String suggestedName, String extension) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> chooseFileToOpen(String extension) {
                return java.util.Optional.empty();
            }

            @Override
            public void showRecoveryKey(String studyName, char[] recoveryKey) {
            }

            @Override
            public void showError(org.campo.ui.common.Message problem) {
            }

            @Override
            public boolean confirm(org.campo.ui.common.Message question) {
                asked.add(question);
                return false;
            }
        });
        model.load();
        model.selectedProperty().set(model.participants().get(0));
        model.scopeProperty().set(WithdrawalScope.DESTROY);
        model.withdraw();

        assertThat(asked).singleElement().satisfies(m -> assertThat(m.text())
                .startsWith("Withdraw P-015 and destroy all of their data? 2 submission(s)"));
    }

    @Test
    void aScopeMustBeChosen() {
        f.participant("P-016", Map.of());
        ParticipantsViewModel model = new ParticipantsViewModel(f.consent, dialogs);
        model.load();
        model.selectedProperty().set(model.participants().get(0));
        model.withdraw();
        assertThat(model.resultProperty().get().key()).isEqualTo("consent.withdrawal.scopeRequired");
    }
}
