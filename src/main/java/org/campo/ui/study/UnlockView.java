package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.settings.SettingsViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The unlock screen: study name, who is working, passphrase or recovery key. */
public final class UnlockView extends BorderPane {

    public UnlockView(UnlockViewModel model, SettingsViewModel settings) {
        setId("unlock");
        setTop(StartView.languageBar(settings));

        Label heading = Controls.label("ui.unlock.heading");
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label name = new Label(model.studyName());
        name.setId("unlock-study-name");
        name.getStyleClass().add(Styles.TITLE_2);
        name.setWrapText(true);
        Label file = new Label(model.file().getFileName().toString());
        file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        ComboBox<String> user = new ComboBox<>(model.users());
        user.setId("unlock-user");
        user.valueProperty().bindBidirectional(model.userProperty());
        user.setMaxWidth(Double.MAX_VALUE);
        // login names are sealed in the study file: the member types theirs (the last one used on
        // this laptop is filled in); a study with a single member needs none
        user.setEditable(true);
        user.promptTextProperty().bind(I18n.text("ui.unlock.userPrompt"));

        Label secretLabel = new Label();
        secretLabel.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get(model.useRecoveryKeyProperty().get() ? "ui.unlock.recoveryKey" : "ui.unlock.passphrase"),
                model.useRecoveryKeyProperty(), I18n.localeProperty()));
        PasswordField secret = new PasswordField();
        secret.setId("unlock-passphrase");
        secret.textProperty().bindBidirectional(model.secretProperty());
        secret.promptTextProperty().bind(Bindings.createStringBinding(
                () -> model.useRecoveryKeyProperty().get() ? "CAMPO-XXXXX-XXXXX-…" : "",
                model.useRecoveryKeyProperty()));

        CheckBox recovery = new CheckBox();
        recovery.setId("use-recovery-key");
        recovery.textProperty().bind(I18n.text("ui.unlock.useRecovery"));
        recovery.selectedProperty().bindBidirectional(model.useRecoveryKeyProperty());
        Label recoveryHint = Controls.hint("ui.unlock.recoveryHint");
        recoveryHint.visibleProperty().bind(model.useRecoveryKeyProperty());
        recoveryHint.managedProperty().bind(recoveryHint.visibleProperty());

        Label error = CreateStudyView.messageLabel(model.errorProperty());
        error.setId("unlock-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setGraphic(Controls.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 16));
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Button unlock = Controls.accentButton("unlock-button", "ui.unlock.submit", MaterialDesignL.LOCK_OPEN_OUTLINE);
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(model.busyProperty().or(model.secretProperty().isEmpty()));
        unlock.setOnAction(e -> model.unlock());
        Button other = Controls.button("other-study", "ui.unlock.otherStudy", null);
        other.getStyleClass().add(Styles.FLAT);
        other.setOnAction(e -> model.otherStudy());

        VBox card = new VBox(10, heading, name, file, spacer(), Controls.label("ui.unlock.user"), user,
                secretLabel, secret, recovery, recoveryHint, error, spacer(), unlock, other);
        card.setId("unlock-card");
        card.getStyleClass().add("card-panel");
        card.setPadding(new Insets(28));
        card.setMaxWidth(420);
        card.setFillWidth(true);
        HBox.setHgrow(card, javafx.scene.layout.Priority.NEVER);

        VBox center = new VBox(card);
        center.setAlignment(Pos.CENTER);
        center.setPadding(new Insets(24));
        setCenter(center);
        secret.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                secret.requestFocus();
            }
        });
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        r.setMinHeight(6);
        return r;
    }
}
