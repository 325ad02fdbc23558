package org.campo.ui.consent;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.ui.common.MessageText;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Participants by code, and recording a withdrawal with its scope. */
public final class ParticipantsView extends VBox {

    public ParticipantsView(ParticipantsViewModel model) {
        super(12);
        setId("participants");
        setPadding(new Insets(24, 32, 24, 32));
        TableView<Participant> table = new TableView<>(model.participants());
        table.setId("participants-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Participant, String> code = new TableColumn<>();
        code.textProperty().bind(I18n.text("ui.consent.participant.code"));
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        code.setPrefWidth(200);
        TableColumn<Participant, String> status = new TableColumn<>();
        status.textProperty().bind(I18n.text("ui.consent.participants.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.get(c.getValue().withdrawn()
                ? "ui.consent.participants.withdrawn" : "ui.consent.participants.active")));
        table.getColumns().add(code);
        table.getColumns().add(status);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        ToggleGroup scopes = new ToggleGroup();
        HBox scopeBox = new HBox(16);
        for (WithdrawalScope s : WithdrawalScope.values()) {
            RadioButton b = new RadioButton();
            b.setId("withdraw-scope-" + s.code());
            b.textProperty().bind(I18n.text("consent.scope." + s.code()));
            b.setToggleGroup(scopes);
            b.setUserData(s);
            scopeBox.getChildren().add(b);
        }
        scopes.selectedToggleProperty().addListener((o, a, b) ->
                model.scopeProperty().set(b == null ? null : (WithdrawalScope) b.getUserData()));
        model.scopeProperty().addListener((o, a, b) -> {
            if (b == null) {
                scopes.selectToggle(null);
            }
        });
        TextField reason = new TextField();
        reason.setId("withdraw-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button withdraw = Controls.button("withdraw", "ui.consent.withdraw", MaterialDesignA.ACCOUNT_REMOVE_OUTLINE);
        withdraw.getStyleClass().add(Styles.DANGER);
        withdraw.disableProperty().bind(model.selectedProperty().isNull()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                        && model.selectedProperty().get().withdrawn(), model.selectedProperty())));
        withdraw.setOnAction(e -> model.withdraw());
        Label result = new Label();
        result.setId("withdraw-result");
        result.setWrapText(true);
        result.textProperty().bind(MessageText.of(model.resultProperty()));

        getChildren().addAll(Controls.title("ui.consent.participants.title"),
                Controls.hint("ui.consent.participants.intro"), table,
                Controls.label("ui.consent.withdraw.scope"), scopeBox,
                new HBox(12, Controls.label("ui.consent.withdraw.reason"), reason), withdraw, result);
        model.load();
    }
}
