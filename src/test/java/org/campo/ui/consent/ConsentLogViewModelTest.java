package org.campo.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentPermission;
import org.campo.consent.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentLogViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    Locale before = Messages.locale();

    @AfterEach
    void tearDown() {
        Messages.setLocale(before);
        f.close();
    }

    @Test
    void theIrbSeesEachConsentAndAnIntactVerdict() {
        Messages.setLocale(Locale.ENGLISH);
        f = new ConsentFixture(tmp);
        Participant p = f.participant("KI-GOV-03", Map.of("gender_identity", "secret"));
        f.verbalConsent(p, ConsentFixture.grantedExcept(ConsentPermission.AUDIO_RECORDING));
        f.reopenAsIrb();

        ConsentLogViewModel model = new ConsentLogViewModel(f.consent.log(), new SameThreadTaskExecutor());
        model.load();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.intactProperty().get()).isTrue();
        assertThat(model.verdictProperty().get().text()).startsWith("The audit trail is intact");
        assertThat(model.entries()).singleElement().satisfies(e -> {
            assertThat(e.consent().participantCode()).isEqualTo("KI-GOV-03");
            assertThat(model.granted(e)).contains("Participate", "Direct quotation").doesNotContain("Audio");
            assertThat(model.check(e)).isEqualTo("OK");
            assertThat(model.date(e)).isEqualTo("03/14/2024");
        });
    }

    @Test
    void theCoordinatorExportsTheLogAndTheIrbPackageFromTheScreen() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        f = new ConsentFixture(tmp);
        Participant p = f.participant("KI-GOV-04", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        org.campo.ui.common.ScriptedDialogService dialogs = new org.campo.ui.common.ScriptedDialogService();
        ConsentLogViewModel model = new ConsentLogViewModel(f.consent.log(), new SameThreadTaskExecutor())
                .withExports(f.ctx.consentExports(f.study), dialogs);
        Path pdf = tmp.resolve("registro.pdf");
        dialogs.choosing(pdf);
        assertThat(model.exportLog("pdf")).isTrue();
        assertThat(pdf).isNotEmptyFile();
        assertThat(model.exportedProperty().get().text()).startsWith("Registro de consentimientos escrito en");
        Path zip = tmp.resolve("irb.zip");
        dialogs.choosing(zip);
        assertThat(model.exportIrbPackage()).isTrue();
        assertThat(zip).isNotEmptyFile();
    }
}
