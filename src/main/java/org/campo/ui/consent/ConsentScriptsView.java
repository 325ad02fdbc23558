package org.campo.ui.consent;

import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentScript;
import org.campo.ui.common.MessageText;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Consent scripts for coordinators: every version as stored, and a form to add the next one. */
public final class ConsentScriptsView extends VBox {

    public ConsentScriptsView(ConsentScriptsViewModel model) {
        super(12);
        setId("consent-scripts");
        setPadding(new Insets(24, 32, 24, 32));
        TableView<ConsentScript> table = new TableView<>(model.versions());
        table.setId("scripts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.scripts.key", 160, ConsentScript::key));
        table.getColumns().add(column("ui.scripts.version", 80, s -> Integer.toString(s.version())));
        table.getColumns().add(column("ui.scripts.language", 90, ConsentScript::language));
        table.getColumns().add(column("ui.scripts.sha", 130, ConsentScriptsViewModel::shortHash));
        table.getColumns().add(column("ui.scripts.permissions", 320, s -> s.asks().stream().sorted()
                .map(p -> I18n.get("consent.permission." + p.code())).collect(Collectors.joining(", "))));
        table.setPlaceholder(Controls.hint("ui.scripts.empty"));
        table.setPrefHeight(200);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.copyFrom(now));
        getChildren().addAll(Controls.title("ui.scripts.title"), Controls.hint("ui.scripts.intro"), table,
                form(model));
        VBox.setVgrow(table, Priority.SOMETIMES);
        model.load();
    }

    private static GridPane form(ConsentScriptsViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        TextField key = new TextField();
        key.setId("script-key");
        key.setPromptText("ki-interview");
        key.textProperty().bindBidirectional(model.keyProperty());
        ComboBox<String> language = new ComboBox<>();
        language.setId("script-language");
        language.getItems().setAll("es", "en");
        language.setEditable(true);
        language.setPrefWidth(90);
        language.valueProperty().bindBidirectional(model.languageProperty());
        TextField title = new TextField();
        title.setId("script-title");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextArea body = new TextArea();
        body.setId("script-body");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.textProperty().bindBidirectional(model.bodyProperty());
        FlowPane permissions = new FlowPane(16, 6);
        for (ConsentPermission p : ConsentPermission.values()) {
            CheckBox box = new CheckBox();
            box.setId("script-asks-" + p.code());
            box.textProperty().bind(I18n.text("consent.permission." + p.code()));
            box.selectedProperty().bindBidirectional(model.asks(p));
            permissions.getChildren().add(box);
        }
        var add = Controls.accentButton("script-add", "ui.scripts.add", MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE);
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add());
        Label result = new Label();
        result.setId("script-result");
        result.setWrapText(true);
        result.textProperty().bind(MessageText.of(model.resultProperty()));
        grid.addRow(0, Controls.label("ui.scripts.key"), key, Controls.label("ui.scripts.language"), language);
        grid.add(Controls.label("ui.scripts.scriptTitle"), 0, 1);
        grid.add(title, 1, 1, 3, 1);
        grid.add(Controls.label("ui.scripts.body"), 0, 2);
        grid.add(body, 1, 2, 3, 1);
        grid.add(Controls.label("ui.scripts.permissions"), 0, 3);
        grid.add(permissions, 1, 3, 3, 1);
        grid.add(add, 1, 4);
        grid.add(result, 2, 4, 2, 1);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(body, Priority.ALWAYS);
        grid.add(Controls.hint("ui.scripts.newVersion"), 1, 5, 3, 1);
        return grid;
    }

    private static TableColumn<ConsentScript, String> column(String key, double width,
                                                             Function<ConsentScript, String> value) {
        TableColumn<ConsentScript, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
