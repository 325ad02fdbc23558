package org.campo.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.campo.app.AppSettings;
import org.campo.common.Messages;
import org.campo.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path home;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void choosingALanguageRelabelsAndIsSavedForTheNextStart() {
        Messages.setLocale(Locale.ENGLISH);
        AppSettings settings = new AppSettings(home.resolve("settings.properties"));
        SettingsViewModel model = new SettingsViewModel(settings);
        var label = I18n.text("ui.nav.settings");
        assertThat(label.get()).isEqualTo("Settings");

        model.languageProperty().set(new Locale("es"));

        assertThat(label.get()).isEqualTo("Configuración");
        assertThat(new AppSettings(home.resolve("settings.properties")).language()).contains(new Locale("es"));
    }

    @Test
    void theAutoLockDelayIsSavedAndKeptWithinBounds() {
        AppSettings settings = new AppSettings(home.resolve("settings.properties"));
        SettingsViewModel model = new SettingsViewModel(settings);
        assertThat(model.autoLockMinutesProperty().get()).isEqualTo(AppSettings.DEFAULT_AUTO_LOCK_MINUTES);
        model.autoLockMinutesProperty().set(12);
        assertThat(new AppSettings(home.resolve("settings.properties")).autoLockMinutes()).isEqualTo(12);
        model.autoLockMinutesProperty().set(100_000);
        assertThat(settings.autoLockMinutes()).isEqualTo(SettingsViewModel.MAX_AUTO_LOCK_MINUTES);
    }

    @Test
    void languagesAreNamedInThemselves() {
        assertThat(SettingsViewModel.displayName(Locale.ENGLISH)).isEqualTo("English");
        assertThat(SettingsViewModel.displayName(new Locale("es"))).isEqualTo("Español");
    }
}
