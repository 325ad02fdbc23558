package org.campo.ui.audit;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
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
import org.campo.audit.AuditEntry;
import org.campo.ui.common.Controls;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The Audit section: the newest entries of the chain and a Verify button. */
public final class AuditView extends VBox {
    private final AuditViewModel model;
    private final VBox result = new VBox(4);
    private final TableView<AuditEntry> table;
    private final javafx.beans.InvalidationListener relabel;

    public AuditView(SectionContext ctx) {
        this(new AuditViewModel(ctx.study().audit(), ctx.executor(), () -> ctx.app().forms(ctx.study()).latestVersions()));
    }

    public AuditView(AuditViewModel model) {
        this.model = model;
        setId("audit");
        setSpacing(16);
        setPadding(new Insets(32));

        Label title = Controls.title("ui.audit.title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button verify = Controls.accentButton("audit-verify", "ui.audit.verify", MaterialDesignS.SHIELD_CHECK_OUTLINE);
        verify.setDefaultButton(false);
        verify.disableProperty().bind(model.verifyingProperty());
        verify.setOnAction(e -> model.verify());
        HBox top = new HBox(12, title, spacer, verify);
        top.setAlignment(Pos.CENTER_LEFT);

        result.setId("audit-result");
        table = table();
        model.findings().addListener((ListChangeListener<Message>) c -> showFindings());
        relabel = I18n.onChange(() -> {
            showFindings();
            table.refresh();
        });
        model.errorProperty().addListener((obs, old, now) -> showFindings());

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, Controls.hint("ui.audit.intro"), result, table);
        model.load();
    }

    private void showFindings() {
        result.getChildren().clear();
        result.getStyleClass().removeAll("result-ok", "result-broken");
        Message error = model.errorProperty().get();
        if (error != null) {
            result.getChildren().add(finding(error.text(), false, true));
            return;
        }
        var verification = model.verificationProperty().get();
        if (verification == null) {
            return;
        }
        boolean first = true;
        for (Message m : model.findings()) {
            result.getChildren().add(finding(m.text(), verification.ok(), first));
            first = false;
        }
        result.getStyleClass().add(verification.ok() ? "result-ok" : "result-broken");
    }

    private static Label finding(String text, boolean ok, boolean headline) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        if (headline) {
            label.getStyleClass().add(Styles.TEXT_BOLD);
            label.setGraphic(Controls.icon(ok ? MaterialDesignC.CHECK_CIRCLE_OUTLINE
                    : MaterialDesignA.ALERT_CIRCLE_OUTLINE, 18));
        }
        return label;
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(300);
        table.getColumns().addAll(
                column("ui.audit.col.seq", 60, e -> Long.toString(e.seq())),
                column("ui.audit.col.time", 160,
                        e -> DateTimeFormatter.ofPattern(Dates.pattern(I18n.localeProperty().get()) + " HH:mm:ss")
                                .format(e.at().atZone(ZoneId.systemDefault()))),
                column("ui.audit.col.actor", 140, AuditEntry::actor),
                column("ui.audit.col.action", 560, e -> model.describe(e).text()));
        @SuppressWarnings("unchecked")
        TableColumn<AuditEntry, String> event = (TableColumn<AuditEntry, String>) table.getColumns()
                .get(table.getColumns().size() - 1);
        Controls.wrapping(event);
        return table;
    }

    private static TableColumn<AuditEntry, String> column(String key, double width,
                                                          java.util.function.Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>();
        column.textProperty().bind(I18n.text(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
