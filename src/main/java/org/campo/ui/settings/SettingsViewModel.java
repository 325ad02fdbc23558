package org.campo.ui.settings;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campo.app.AppSettings;
import org.campo.common.Messages;
import org.campo.ui.common.I18n;

/**
 * Per-laptop preferences. Changes apply and are saved at once, so there is no Save button to
 * forget; the language change relabels every open screen through {@code I18n}.
 */
public final class SettingsViewModel {
    /** Largest auto-lock delay offered: longer would defeat the point at a border post. */
    public static final int MAX_AUTO_LOCK_MINUTES = 120;

    private final AppSettings settings;
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.locale());
    private final IntegerProperty autoLockMinutes;
    /** Keeps every language selector showing the language in use, whichever one changed it. */
    private final InvalidationListener followLanguage;

    public SettingsViewModel(AppSettings settings) {
        this.settings = settings;
        this.autoLockMinutes = new SimpleIntegerProperty(settings.autoLockMinutes());
        language.addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(Messages.locale())) {
                Messages.setLocale(chosen);
                settings.setLanguage(chosen);
            }
        });
        followLanguage = I18n.onChange(() -> language.set(Messages.locale()));
        autoLockMinutes.addListener((obs, old, minutes) ->
                settings.setAutoLockMinutes(Math.min(MAX_AUTO_LOCK_MINUTES, Math.max(0, minutes.intValue()))));
    }

    public List<Locale> languages() {
        return Messages.SUPPORTED;
    }

    /** The language's name in itself (English, Español), as users look for their own language. */
    public static String displayName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public AppSettings settings() {
        return settings;
    }
}
