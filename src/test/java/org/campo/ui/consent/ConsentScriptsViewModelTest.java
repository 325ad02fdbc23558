package org.campo.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.campo.common.Messages;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentPermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentScriptsViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        f = new ConsentFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aChangedTextIsSavedAsTheNextVersionAndListedNewestFirst() {
        ConsentScriptsViewModel model = new ConsentScriptsViewModel(f.consent.scripts());
        model.load();
        assertThat(model.versions()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(1));

        model.copyFrom(model.versions().get(0));
        assertThat(model.keyProperty().get()).isEqualTo("ki-interview");
        model.bodyProperty().set(model.bodyProperty().get() + " Puede retirarse en cualquier momento.");
        model.asks(ConsentPermission.AUDIO_RECORDING).set(false);

        assertThat(model.add()).isTrue();
        assertThat(model.resultProperty().get().text()).isEqualTo("Saved ki-interview v2 (es).");
        assertThat(model.versions()).extracting(s -> s.version()).containsExactly(2, 1);
        assertThat(model.versions().get(0).asks()).doesNotContain(ConsentPermission.AUDIO_RECORDING);
        assertThat(ConsentScriptsViewModel.shortHash(model.versions().get(0))).hasSize(12);
    }

    @Test
    void theSameTextAgainOrAScriptWithoutParticipateIsRefused() {
        ConsentScriptsViewModel model = new ConsentScriptsViewModel(f.consent.scripts());
        model.load();
        model.copyFrom(model.versions().get(0));
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().key()).isEqualTo("consent.script.unchanged");

        model.bodyProperty().set("Otro texto");
        model.asks(ConsentPermission.PARTICIPATE).set(false);
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().key()).isEqualTo("consent.script.participateRequired");
        assertThat(model.versions()).hasSize(1);
    }
}
