package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campo.merge.MergeService;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The join-from-a-kit form of a laptop: kit, the study it holds, member, study file, passphrase. */
public final class JoinStudyView extends VBox {

    public JoinStudyView(JoinStudyViewModel model) {
        setId("join-study-form");
        setSpacing(16);
        setPadding(new Insets(32));
        setMaxWidth(640);
        setAlignment(Pos.TOP_LEFT);

        Label title = Controls.title("ui.join.title");
        Label intro = Controls.hint("ui.join.intro");

        TextField kit = new TextField();
        kit.setId("join-kit");
        kit.setEditable(false);
        // Read-only: Tab goes straight to "Choose kit…".
        kit.setFocusTraversable(false);
        kit.textProperty().bind(Bindings.createStringBinding(
                () -> model.kitProperty().get() == null ? "" : model.kitProperty().get().toString(),
                model.kitProperty()));
        kit.promptTextProperty().bind(I18n.text("ui.join.kitPrompt"));
        HBox.setHgrow(kit, Priority.ALWAYS);
        Button chooseKit = Controls.button("join-choose-kit", "ui.join.chooseKit", MaterialDesignF.FOLDER_OPEN_OUTLINE);
        chooseKit.setOnAction(e -> model.chooseKit());
        chooseKit.setMinWidth(Button.USE_PREF_SIZE);
        HBox kitRow = new HBox(8, kit, chooseKit);

        Label study = new Label();
        study.setId("join-study-name");
        study.setWrapText(true);
        study.getStyleClass().add(Styles.TEXT_BOLD);
        study.textProperty().bind(Bindings.createStringBinding(() -> {
            MergeService.KitSummary s = model.summaryProperty().get();
            return s == null ? "" : I18n.get("ui.join.study", s.studyName(), s.forms());
        }, model.summaryProperty(), I18n.localeProperty()));
        Label key = new Label();
        key.setId("join-key");
        key.setWrapText(true);
        key.textProperty().bind(Bindings.createStringBinding(() -> {
            MergeService.KitSummary s = model.summaryProperty().get();
            return s == null ? "" : I18n.get("ui.merge.send.key", s.keyFingerprint());
        }, model.summaryProperty(), I18n.localeProperty()));
        VBox kitInfo = new VBox(4, study, key);
        kitInfo.visibleProperty().bind(model.summaryProperty().isNotNull());
        kitInfo.managedProperty().bind(kitInfo.visibleProperty());

        ComboBox<String> user = new ComboBox<>(model.members());
        user.setId("join-user");
        user.setMaxWidth(Double.MAX_VALUE);
        user.valueProperty().bindBidirectional(model.userNameProperty());
        user.disableProperty().bind(model.summaryProperty().isNull());

        TextField file = new TextField();
        file.setId("join-file");
        file.setEditable(false);
        file.setFocusTraversable(false);
        file.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileProperty().get() == null ? "" : model.fileProperty().get().toString(),
                model.fileProperty()));
        file.promptTextProperty().bind(I18n.text("ui.create.filePrompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = Controls.button("join-choose-file", "ui.create.chooseFile", MaterialDesignF.FOLDER_OPEN_OUTLINE);
        choose.setOnAction(e -> model.chooseFile());
        choose.setMinWidth(Button.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, file, choose);

        PasswordField passphrase = new PasswordField();
        passphrase.setId("join-passphrase");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label strength = new Label();
        strength.setId("join-strength");
        strength.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get(model.strengthProperty().get().messageKey()),
                model.strengthProperty(), I18n.localeProperty()));
        model.strengthProperty().addListener((obs, old, now) -> CreateStudyView.styleStrength(strength, now));
        CreateStudyView.styleStrength(strength, model.strengthProperty().get());

        PasswordField confirmation = new PasswordField();
        confirmation.setId("join-confirmation");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());

        GridPane grid = CreateStudyView.formGrid();
        grid.addRow(0, Controls.label("ui.join.kit"), kitRow);
        grid.add(kitInfo, 1, 1);
        grid.addRow(2, Controls.label("ui.join.user"), user);
        grid.addRow(3, Controls.label("ui.create.file"), fileRow);
        grid.addRow(4, Controls.label("ui.create.passphrase"), passphrase);
        grid.add(strength, 1, 5);
        grid.addRow(6, Controls.label("ui.create.confirmation"), confirmation);
        grid.add(Controls.hint("ui.create.passphraseHint"), 1, 7);

        Label problem = CreateStudyView.messageLabel(model.problemProperty());
        problem.setId("join-problem");
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = CreateStudyView.errorLabel("join-error", model.errorProperty());

        Button join = Controls.accentButton("join", "ui.join.submit", MaterialDesignA.ACCOUNT_PLUS_OUTLINE);
        join.disableProperty().bind(model.canJoinProperty().not());
        join.setOnAction(e -> model.join());
        Button cancel = Controls.button("cancel-join", "ui.common.back", null);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, cancel, join);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, intro, grid, error, problem, buttons);
    }
}
