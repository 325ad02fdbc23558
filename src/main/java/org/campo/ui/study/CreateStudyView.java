package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.model.Role;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The new-study form. */
public final class CreateStudyView extends VBox {
    private final javafx.beans.InvalidationListener relabelRoles;

    public CreateStudyView(CreateStudyViewModel model) {
        setId("create-study-form");
        setSpacing(16);
        setPadding(new Insets(32));
        setMaxWidth(640);
        setAlignment(Pos.TOP_LEFT);

        Label title = Controls.title("ui.create.title");
        Label intro = Controls.hint("ui.create.intro");

        TextField name = new TextField();
        name.setId("study-name");
        name.textProperty().bindBidirectional(model.studyNameProperty());

        TextField file = new TextField();
        file.setId("study-file");
        file.setEditable(false);
        file.textProperty().bind(Bindings.createStringBinding(
                () -> model.fileProperty().get() == null ? "" : model.fileProperty().get().toString(),
                model.fileProperty()));
        file.promptTextProperty().bind(I18n.text("ui.create.filePrompt"));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = Controls.button("choose-file", "ui.create.chooseFile", MaterialDesignF.FOLDER_OPEN_OUTLINE);
        choose.setOnAction(e -> model.chooseFile());
        choose.setMinWidth(Button.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, file, choose);

        TextField user = new TextField();
        user.setId("user-name");
        user.textProperty().bindBidirectional(model.userNameProperty());

        ComboBox<Role> role = new ComboBox<>();
        role.setId("role");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : I18n.get("ui.role." + r.code());
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        relabelRoles = I18n.onChange(() -> {
            Role current = role.getValue();
            role.getItems().setAll(Role.values());
            role.setValue(current);
        });

        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        Label strength = new Label();
        strength.setId("strength");
        strength.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get(model.strengthProperty().get().messageKey()),
                model.strengthProperty(), I18n.localeProperty()));
        model.strengthProperty().addListener((obs, old, now) -> styleStrength(strength, now));
        styleStrength(strength, model.strengthProperty().get());

        PasswordField confirmation = new PasswordField();
        confirmation.setId("confirmation");
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());

        GridPane grid = formGrid();
        grid.addRow(0, Controls.label("ui.create.name"), name);
        grid.addRow(1, Controls.label("ui.create.file"), fileRow);
        grid.addRow(2, Controls.label("ui.create.user"), user);
        grid.addRow(3, Controls.label("ui.create.role"), role);
        grid.addRow(4, Controls.label("ui.create.passphrase"), passphrase);
        grid.add(strength, 1, 5);
        grid.addRow(6, Controls.label("ui.create.confirmation"), confirmation);
        grid.add(Controls.hint("ui.create.passphraseHint"), 1, 7);

        Label problem = messageLabel(model.problemProperty());
        problem.setId("create-problem");
        problem.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = errorLabel("create-error", model.errorProperty());

        Button create = Controls.accentButton("create", "ui.create.submit", MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(e -> model.create());
        Button cancel = Controls.button("cancel-create", "ui.common.back", null);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, cancel, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, intro, grid, error, problem, buttons);
    }

    /** Two columns: labels at their natural width, fields taking the rest. */
    static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** The sentence of a failure, in red with an alert icon, taking no room while there is none. */
    static Label errorLabel(String id, javafx.beans.value.ObservableObjectValue<Message> message) {
        Label error = messageLabel(message);
        error.setId(id);
        error.getStyleClass().add(Styles.DANGER);
        error.setGraphic(Controls.icon(MaterialDesignA.ALERT_CIRCLE_OUTLINE, 16));
        error.visibleProperty().bind(Bindings.isNotNull(message));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** A label that shows a {@link Message} property in the current language, or nothing. */
    static Label messageLabel(javafx.beans.value.ObservableValue<Message> message) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> message.getValue() == null ? "" : message.getValue().text(), message, I18n.localeProperty()));
        return label;
    }

    static void styleStrength(Label label, PassphraseStrength strength) {
        label.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
        label.getStyleClass().add(switch (strength) {
            case TOO_SHORT, WEAK -> Styles.DANGER;
            case FAIR -> Styles.WARNING;
            case STRONG -> Styles.SUCCESS;
        });
        label.getStyleClass().add(Styles.TEXT_SMALL);
        label.setUserData(strength.name().toLowerCase(Locale.ROOT));
    }
}
