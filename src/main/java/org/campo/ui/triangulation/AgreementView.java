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
import org.campo.qda.ConsensusService;
import org.campo.ui.common.MessageText;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Two coders side by side: agreement per code, the stretches where they differ, and the consensus review. */
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
        VBox differences = new VBox(8, Controls.label("ui.agreement.differences"), diffs);
        if (!model.consensusAvailable()) {
            VBox.setVgrow(differences, Priority.ALWAYS);
            setCenter(new VBox(8, codes, differences));
        } else {
            SplitPane lower = new SplitPane(differences, consensus(model));
            lower.setOrientation(Orientation.VERTICAL);
            lower.setDividerPositions(0.3);
            VBox.setVgrow(lower, Priority.ALWAYS);
            setCenter(new VBox(8, codes, lower));
        }
        model.load();
    }

    /**
     * The consensus review: every stretch where the two coders differ, decided from the keyboard
     * (1 keeps the first coder's version, 2 the second's, 3 both, 0 neither), with the agreement
     * before and after.
     */
    private static VBox consensus(AgreementViewModel model) {
        Button start = Controls.button("agreement-consensus-start", "ui.agreement.consensus.start",
                MaterialDesignC.CHECK_DECAGRAM);
        start.setOnAction(e -> model.startConsensus());
        Label figures = new Label();
        figures.setId("agreement-consensus-figures");
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        start.setMinWidth(Region.USE_PREF_SIZE);
        figures.textProperty().bind(MessageText.of(model.consensusFiguresProperty()));
        TableView<AgreementViewModel.ConsensusLine> table = new TableView<>(model.consensusLines());
        table.setId("agreement-consensus");
        table.setPlaceholder(new Label(""));
        table.getColumns().add(column("ui.agreement.col.source", AgreementViewModel.ConsensusLine::source, 170));
        table.getColumns().add(column("ui.agreement.col.code", AgreementViewModel.ConsensusLine::code, 170));
        TableColumn<AgreementViewModel.ConsensusLine, String> a = column("ui.agreement.col.version",
                AgreementViewModel.ConsensusLine::firstWords, 260);
        a.textProperty().unbind();
        a.textProperty().bind(I18n.text("ui.agreement.col.version", "A"));
        TableColumn<AgreementViewModel.ConsensusLine, String> b = column("ui.agreement.col.version",
                AgreementViewModel.ConsensusLine::secondWords, 260);
        b.textProperty().unbind();
        b.textProperty().bind(I18n.text("ui.agreement.col.version", "B"));
        model.consensusLines().addListener((javafx.collections.ListChangeListener<AgreementViewModel.ConsensusLine>) c -> {
            a.textProperty().unbind();
            a.textProperty().bind(I18n.text("ui.agreement.col.version", name(model.reviewedFirst())));
            b.textProperty().unbind();
            b.textProperty().bind(I18n.text("ui.agreement.col.version", name(model.reviewedSecond())));
        });
        table.getColumns().add(a);
        table.getColumns().add(b);
        table.getColumns().add(column("ui.agreement.col.decision", l -> decision(l.decision(), model), 150));
        int[] keep = {-1};
        java.util.function.Consumer<ConsensusService.Decision> decide = d -> {
            int i = table.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                keep[0] = Math.min(i + 1, table.getItems().size() - 1);
                model.decide(table.getItems().get(i), d);
            }
        };
        model.consensusLines().addListener((javafx.collections.ListChangeListener<AgreementViewModel.ConsensusLine>) c -> {
            int i = keep[0] >= 0 ? keep[0] : 0;
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(Math.min(i, table.getItems().size() - 1));
                table.scrollTo(Math.max(0, Math.min(i, table.getItems().size() - 1) - 2));
                table.requestFocus();
            }
        });
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ConsensusService.Decision d = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> ConsensusService.Decision.FIRST;
                case DIGIT2, NUMPAD2 -> ConsensusService.Decision.SECOND;
                case DIGIT3, NUMPAD3 -> ConsensusService.Decision.BOTH;
                case DIGIT0, NUMPAD0 -> ConsensusService.Decision.NEITHER;
                default -> null;
            };
            if (d != null) {
                decide.accept(d);
                e.consume();
            }
        });
        HBox buttons = new HBox(8);
        for (ConsensusService.Decision d : ConsensusService.Decision.values()) {
            Button button = new Button();
            button.setId("agreement-decide-" + d.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(I18n.text("ui.agreement.decide." + d.name().toLowerCase(Locale.ROOT)));
            button.setOnAction(e -> decide.accept(d));
            button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            buttons.getChildren().add(button);
        }
        HBox top = new HBox(10, start, figures);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(figures, Priority.ALWAYS);
        Label intro = Controls.hint("ui.agreement.consensus.intro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, Controls.label("ui.agreement.consensus"), intro, top, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static String name(Coder c) {
        return c == null ? "" : c.name();
    }

    private static String decision(ConsensusService.Decision d, AgreementViewModel model) {
        if (d == null) {
            return I18n.get("ui.agreement.decision.open");
        }
        return switch (d) {
            case FIRST -> I18n.get("ui.agreement.decision.version", name(model.reviewedFirst()));
            case SECOND -> I18n.get("ui.agreement.decision.version", name(model.reviewedSecond()));
            case BOTH -> I18n.get("ui.agreement.decision.both");
            case NEITHER -> I18n.get("ui.agreement.decision.neither");
        };
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
