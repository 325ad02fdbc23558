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
            assertThat(model.date(e)).isEqualTo("2024-03-14");
        });
    }
}
