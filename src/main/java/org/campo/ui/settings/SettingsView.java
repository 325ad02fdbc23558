package org.campo.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.campo.app.AppSettings;
import org.campo.ui.common.Controls;

/** The Settings section: interface language and auto-lock delay. */
public final class SettingsView extends VBox {

    public SettingsView(AppSettings settings) {
        this(new SettingsViewModel(settings));
    }

    public SettingsView(SettingsViewModel model) {
        setId("settings");
        setSpacing(20);
        setPadding(new Insets(32));
        setMaxWidth(720);

        Label title = Controls.title("ui.settings.title");

        LanguageSelector language = new LanguageSelector(model);
        Spinner<Integer> minutes = new Spinner<>();
        minutes.setId("auto-lock-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                0, SettingsViewModel.MAX_AUTO_LOCK_MINUTES, model.autoLockMinutesProperty().get());
        minutes.setValueFactory(factory);
        factory.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.autoLockMinutesProperty().set(value);
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.addRow(0, strong("ui.settings.language"), language);
        grid.add(Controls.hint("ui.settings.languageHint"), 1, 1);
        Label autoLock = strong("ui.settings.autoLock");
        grid.addRow(2, autoLock, minutes);
        grid.add(Controls.hint("ui.settings.autoLockHint"), 1, 3);
        GridPane.setMargin(minutes, new Insets(16, 0, 0, 0));
        GridPane.setMargin(autoLock, new Insets(16, 0, 0, 0));
        grid.setAlignment(Pos.TOP_LEFT);

        getChildren().addAll(title, grid);
    }

    private static Label strong(String key) {
        Label label = Controls.label(key);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
