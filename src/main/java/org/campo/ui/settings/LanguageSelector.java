package org.campo.ui.settings;

import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The language drop-down, shared by the Settings section and the screens before unlocking. */
public final class LanguageSelector extends ComboBox<Locale> {

    public LanguageSelector(SettingsViewModel model) {
        setId("language");
        getItems().setAll(model.languages());
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : SettingsViewModel.displayName(locale);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        valueProperty().bindBidirectional(model.languageProperty());
    }
}
