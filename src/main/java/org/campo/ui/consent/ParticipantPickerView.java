package org.campo.ui.consent;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.consent.Participant;
import org.campo.ui.common.MessageText;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;

/** Choosing the participant of an interview: an existing code, or a new one with optional attributes. */
final class ParticipantPickerView extends VBox {

    ParticipantPickerView(ParticipantPickerViewModel model) {
        super(12);
        setId("participant-picker");
        ToggleGroup which = new ToggleGroup();
        RadioButton existing = new RadioButton();
        existing.setId("participant-existing");
        existing.textProperty().bind(I18n.text("ui.consent.participant.existing"));
        RadioButton fresh = new RadioButton();
        fresh.setId("participant-new");
        fresh.textProperty().bind(I18n.text("ui.consent.participant.new"));
        existing.setToggleGroup(which);
        fresh.setToggleGroup(which);
        existing.setDisable(model.existing().isEmpty());
        (model.creatingNewProperty().get() ? fresh : existing).setSelected(true);
        which.selectedToggleProperty().addListener((o, a, b) -> model.creatingNewProperty().set(b == fresh));

        ComboBox<Participant> choice = new ComboBox<>(model.existing());
        choice.setId("participant-choice");
        choice.setPrefWidth(240);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Participant p) {
                return p == null ? "" : p.code();
            }

            @Override
            public Participant fromString(String s) {
                return null;
            }
        });
        // An empty drop-down says what it is for rather than showing nothing.
        choice.promptTextProperty().bind(org.campo.ui.common.I18n.text("ui.consent.participant.choose"));
        choice.valueProperty().bindBidirectional(model.selectedProperty());
        choice.disableProperty().bind(model.creatingNewProperty());

        TextField code = new TextField();
        code.setId("participant-code");
        code.setPromptText(model.exampleCode());
        code.setPrefColumnCount(14);
        code.textProperty().bindBidirectional(model.newCodeProperty());
        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(8);
        fields.addRow(0, Controls.label("ui.consent.participant.code"), code);
        int row = 1;
        for (String name : ParticipantPickerViewModel.ATTRIBUTES) {
            TextField value = new TextField();
            value.setId("participant-attr-" + name);
            value.textProperty().bindBidirectional(model.attribute(name));
            fields.addRow(row++, Controls.label("ui.consent.attr." + name), value);
        }
        fields.disableProperty().bind(model.creatingNewProperty().not());
        VBox newBox = new VBox(8, fields, Controls.hint("ui.consent.participant.attributesHint"));
        newBox.setPadding(new Insets(0, 0, 0, 28));

        Label error = new Label();
        error.setId("participant-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(MessageText.of(model.errorProperty()));

        VBox existingBox = new VBox(8, choice);
        existingBox.setPadding(new Insets(0, 0, 0, 28));
        getChildren().addAll(Controls.hint("ui.consent.participant.intro"), existing, existingBox, fresh, newBox,
                error);
    }
}
