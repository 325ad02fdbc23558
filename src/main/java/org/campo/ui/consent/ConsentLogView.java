package org.campo.ui.consent;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.campo.consent.ConsentLogEntry;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The Consent section, read-only: the consent log with the audit verdict above it. */
public final class ConsentLogView extends VBox {
    private final ConsentLogViewModel model;
    private final Label verdict = new Label();
    private final TableView<ConsentLogEntry> table;
    private final javafx.beans.InvalidationListener relabel;

    public ConsentLogView(SectionContext ctx) {
        this(new ConsentLogViewModel(ctx.app().consent(ctx.study()).log(), ctx.executor())
                .withExports(ctx.app().consentExports(ctx.study()), ctx.dialogs()));
    }

    public ConsentLogView(ConsentLogViewModel model) {
        this.model = model;
        setId("consent-log");
        setSpacing(16);
        setPadding(new Insets(32));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = Controls.button("consent-refresh", "ui.consent.refresh", MaterialDesignR.REFRESH);
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.load());
        HBox top = new HBox(12, Controls.title("ui.consent.title"), spacer);
        javafx.scene.layout.FlowPane exportsRow = new javafx.scene.layout.FlowPane(8, 8);
        if (model.canExport()) {
            Button pdf = Controls.button("consent-export-pdf", "ui.consent.exportPdf", MaterialDesignR.REFRESH);
            pdf.setGraphic(Controls.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_PDF_BOX, 16));
            pdf.setOnAction(e -> model.exportLog("pdf"));
            Button xlsx = Controls.button("consent-export-xlsx", "ui.consent.exportXlsx", MaterialDesignR.REFRESH);
            xlsx.setGraphic(Controls.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_EXCEL_BOX, 16));
            xlsx.setOnAction(e -> model.exportLog("xlsx"));
            Button irb = Controls.button("consent-export-irb", "ui.consent.exportIrb", MaterialDesignR.REFRESH);
            irb.setGraphic(Controls.icon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PACKAGE_VARIANT_CLOSED, 16));
            irb.setOnAction(e -> model.exportIrbPackage());
            exportsRow.getChildren().addAll(pdf, xlsx, irb);
        }
        top.getChildren().add(refresh);
        for (javafx.scene.Node n : exportsRow.getChildren()) {
            ((Button) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        exportsRow.setVisible(!exportsRow.getChildren().isEmpty());
        exportsRow.setManaged(exportsRow.isVisible());
        Label exported = new Label();
        exported.setId("consent-exported");
        exported.setWrapText(true);
        exported.getStyleClass().add(Styles.SUCCESS);
        exported.textProperty().bind(MessageText.of(model.exportedProperty()));
        exported.visibleProperty().bind(exported.textProperty().isNotEmpty());
        exported.managedProperty().bind(exported.visibleProperty());
        top.setAlignment(Pos.CENTER_LEFT);

        verdict.setId("consent-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add(Styles.TEXT_BOLD);
        model.verdictProperty().addListener((o, a, b) -> showVerdict());
        model.errorProperty().addListener((o, a, b) -> showVerdict());
        table = table();
        relabel = I18n.onChange(() -> {
            showVerdict();
            table.refresh();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, exportsRow, Controls.hint("ui.consent.intro"), exported, verdict, table);
        model.load();
    }

    private void showVerdict() {
        Message error = model.errorProperty().get();
        Message m = error != null ? error : model.verdictProperty().get();
        verdict.setText(m == null ? "" : m.text());
        verdict.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        verdict.getStyleClass().add(error == null && model.intactProperty().get() ? Styles.SUCCESS : Styles.DANGER);
    }

    private TableView<ConsentLogEntry> table() {
        TableView<ConsentLogEntry> t = new TableView<>(model.entries());
        t.setId("consent-table");
        t.getStyleClass().add(Styles.STRIPED);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getColumns().addAll(
                column("export.consent.col.code", 110, e -> e.consent().participantCode()),
                wrapping(column("export.consent.col.script", 170, model::script)),
                column("export.consent.col.mode", 80, model::mode),
                wrapping(column("ui.consent.col.granted", 250, model::granted)),
                column("export.consent.col.date", 105, model::date),
                column("export.consent.col.site", 125, e -> e.consent().siteCode() == null ? "" : e.consent().siteCode()),
                wrapping(column("export.consent.col.withdrawal", 110, model::withdrawal)),
                column("export.consent.col.check", 115, model::check));
        return t;
    }

    /** Long texts (script keys, the permissions granted) wrap instead of being cut. */
    private static TableColumn<ConsentLogEntry, String> wrapping(TableColumn<ConsentLogEntry, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    private static TableColumn<ConsentLogEntry, String> column(String key, double width,
                                                               Function<ConsentLogEntry, String> value) {
        TableColumn<ConsentLogEntry, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.text(key));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
