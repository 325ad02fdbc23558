package org.campo.ui.triangulation;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.qda.Coder;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Two coders side by side: agreement per code and the stretches where they differ. */
final class AgreementView extends BorderPane {

    AgreementView(AgreementViewModel model) {
        setId("agreement");
        setPadding(new Insets(16));
        ComboBox<Coder> first = coderBox("agreement-coder-1", model);
        first.valueProperty().bindBidirectional(model.firstCoderProperty());
        ComboBox<Coder> second = coderBox("agreement-coder-2", model);
        second.valueProperty().bindBidirectional(model.secondCoderProperty());
        Button compare = Controls.accentButton("agreement-compare", "ui.agreement.compare",
                MaterialDesignC.COMPARE_HORIZONTAL);
        compare.setOnAction(e -> model.compare());
        HBox controls = new HBox(10, Controls.label("ui.agreement.coders"), first, second, compare);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setWrapText(true);
        model.statusProperty().addListener((obs, old, now) -> status.setText(now == null ? "" : now.text()));
        setTop(new VBox(8, Controls.hint("ui.agreement.intro"), controls, status));

        TableView<AgreementViewModel.CodeLine> codes = new TableView<>(model.codes());
        codes.setId("agreement-codes");
        codes.getColumns().add(column("ui.agreement.col.code",
                l -> l.overall() ? I18n.get("ui.agreement.overall") : l.code(), 260));
        codes.getColumns().add(column("ui.agreement.col.percent",
                l -> String.format(Locale.ROOT, "%.1f%%", l.percent() * 100), 90));
        codes.getColumns().add(column("ui.agreement.col.kappa", l -> number(l.kappa()), 80));
        codes.getColumns().add(column("ui.agreement.col.alpha", l -> number(l.alpha()), 80));
        codes.setPrefHeight(220);
        TableView<AgreementViewModel.DifferenceLine> diffs = new TableView<>(model.differences());
        diffs.setId("agreement-differences");
        diffs.getColumns().add(column("ui.agreement.col.source", AgreementViewModel.DifferenceLine::source, 160));
        diffs.getColumns().add(column("ui.agreement.col.code", AgreementViewModel.DifferenceLine::code, 180));
        TableColumn<AgreementViewModel.DifferenceLine, String> onlyFirst = new TableColumn<>();
        onlyFirst.textProperty().bind(I18n.text("ui.agreement.col.only", ""));
        model.firstCoderProperty().addListener((obs, old, now) -> {
            onlyFirst.textProperty().unbind();
            onlyFirst.textProperty().bind(I18n.text("ui.agreement.col.only", now == null ? "" : now.name()));
        });
        onlyFirst.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().onlyFirst()));
        onlyFirst.setPrefWidth(300);
        TableColumn<AgreementViewModel.DifferenceLine, String> onlySecond = new TableColumn<>();
        onlySecond.textProperty().bind(I18n.text("ui.agreement.col.only", ""));
        model.secondCoderProperty().addListener((obs, old, now) -> {
            onlySecond.textProperty().unbind();
            onlySecond.textProperty().bind(I18n.text("ui.agreement.col.only", now == null ? "" : now.name()));
        });
        onlySecond.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().onlySecond()));
        onlySecond.setPrefWidth(300);
        diffs.getColumns().add(onlyFirst);
        diffs.getColumns().add(onlySecond);
        VBox.setVgrow(diffs, Priority.ALWAYS);
        setCenter(new VBox(8, codes, Controls.label("ui.agreement.differences"), diffs));
        model.load();
    }

    private static ComboBox<Coder> coderBox(String id, AgreementViewModel model) {
        ComboBox<Coder> box = new ComboBox<>(model.coders());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Coder c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Coder fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "—" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.text(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
