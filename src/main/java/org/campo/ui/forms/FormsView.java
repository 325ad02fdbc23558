package org.campo.ui.forms;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.campo.collect.FormSummary;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.frame.SectionContext;
import org.campo.ui.frame.StartSubmission;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Forms section: forms with counts, import with a located report, preview, the
 * submissions of the selected form, and the filler once a submission is opened.
 */
public final class FormsView extends StackPane implements FormsExtension.Host {
    /** How the section gets its file choosers, given the main window; tests script them. */
    public static volatile Function<Supplier<Window>, AttachmentChooser> choosers = FxAttachmentChooser::new;

    private final FormsViewModel model;
    private final AttachmentChooser chooser;
    private final ZoneId zone;
    private final Node list;
    /** Above the forms list: what extensions add (the enumerator's shift). */
    private final VBox aboveList = new VBox(8);

    public FormsView(SectionContext ctx) {
        this(new FormsViewModel(ctx.study(), ctx.app().forms(ctx.study()), ctx.app().submissions(ctx.study()),
                ctx.executor(), ctx.dialogs()), ZoneId.systemDefault(), null);
        for (FormsExtension extension : ctx.contributions(FormsExtension.class)) {
            extension.extend(ctx, this);
        }
        ctx.request(StartSubmission.class).ifPresent(r -> model.startNew(r.formId()));
    }

    FormsView(FormsViewModel model, ZoneId zone, AttachmentChooser chooser) {
        this.model = model;
        this.zone = zone;
        this.chooser = chooser != null ? chooser
                : choosers.apply(() -> getScene() == null ? null : getScene().getWindow());
        setId("forms");
        list = listPage();
        getChildren().add(list);
        model.fillerProperty().addListener((obs, old, filler) -> {
            if (filler == null) {
                getChildren().setAll(list);
            } else {
                getChildren().setAll(new FormFillerView(filler, this.chooser, zone, model::closeFiller));
            }
        });
        model.load();
    }

    private Node listPage() {
        Label title = Controls.title("ui.forms.title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = Controls.button("forms-import", "ui.forms.import", MaterialDesignF.FILE_IMPORT_OUTLINE);
        importButton.setOnAction(e -> chooser.chooseWorkbook().ifPresent(model::importWorkbook));
        HBox top = new HBox(12, title, spacer, importButton);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<FormSummary> forms = formsTable();
        Button preview = Controls.button("forms-preview", "ui.forms.preview", MaterialDesignE.EYE_OUTLINE);
        preview.setOnAction(e -> model.preview());
        Button start = Controls.accentButton("forms-new", "ui.forms.new", MaterialDesignP.PLUS);
        start.setOnAction(e -> model.startNew());
        preview.disableProperty().bind(model.selectedProperty().isNull());
        start.disableProperty().bind(model.selectedProperty().isNull());
        HBox formActions = new HBox(8, start, preview);

        TableView<SubmissionSummary> submissions = submissionsTable();
        Button open = Controls.button("forms-open", "ui.forms.open", MaterialDesignP.PENCIL_OUTLINE);
        open.disableProperty().bind(submissions.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected(submissions));
        Label subsTitle = Controls.label("ui.forms.submissions");
        subsTitle.getStyleClass().add(Styles.TITLE_4);

        VBox page = new VBox(12, top, aboveList, importReport(), forms, formActions, new HBox(12, subsTitle), submissions, open);
        page.setPadding(new Insets(24, 32, 24, 32));
        VBox.setVgrow(submissions, Priority.ALWAYS);
        Label empty = Controls.hint("ui.empty.forms.text");
        forms.setPlaceholder(empty);
        return page;
    }

    @Override
    public void addAboveList(Node bar) {
        aboveList.getChildren().add(bar);
    }

    @Override
    public void setInterviewStarter(InterviewStarter starter) {
        model.setInterviewStarter(starter);
    }

    /**
     * Shows another feature's page in place of the list, such as the participant and consent
     * steps before an interview; null shows the list again unless the filler replaced it.
     */
    @Override
    public void showInstead(Node page) {
        if (page != null) {
            getChildren().setAll(page);
        } else if (model.fillerProperty().get() == null) {
            getChildren().setAll(list);
        }
    }

    private void openSelected(TableView<SubmissionSummary> submissions) {
        SubmissionSummary s = submissions.getSelectionModel().getSelectedItem();
        if (s != null) {
            model.resume(s.id());
        }
    }

    private Node importReport() {
        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        model.importResultProperty().addListener((obs, old, now) -> {
            result.setText(now == null ? "" : now.text());
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            boolean failed = model.importReport().stream().anyMatch(ImportLine::error)
                    || now != null && now.key().startsWith("collect.") || now != null && now.key().startsWith("common.");
            result.getStyleClass().add(failed ? Styles.DANGER : Styles.SUCCESS);
        });
        TableView<ImportLine> table = new TableView<>(model.importReport());
        table.setId("import-report");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.getColumns().add(column("ui.forms.import.col.severity", 90,
                l -> I18n.get(l.error() ? "ui.forms.import.error" : "ui.forms.import.warning")));
        table.getColumns().add(column("ui.forms.import.col.sheet", 90, ImportLine::sheet));
        table.getColumns().add(column("ui.forms.import.col.row", 60, l -> l.row() > 0 ? Integer.toString(l.row()) : ""));
        table.getColumns().add(column("ui.forms.import.col.column", 110, ImportLine::column));
        table.getColumns().add(column("ui.forms.import.col.message", 420, ImportLine::text));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-error", "import-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "import-error" : "import-warning");
                }
            }
        });
        VBox box = new VBox(6, result, table);
        box.visibleProperty().bind(result.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        table.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.importReport()));
        table.managedProperty().bind(table.visibleProperty());
        return box;
    }

    private TableView<FormSummary> formsTable() {
        TableView<FormSummary> table = new TableView<>(model.forms());
        table.setId("forms-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.getColumns().add(column("ui.forms.col.title", 260, f -> f.form().title()));
        table.getColumns().add(column("ui.forms.col.id", 160, f -> f.form().formId()));
        table.getColumns().add(column("ui.forms.col.version", 100, f -> f.form().version()));
        table.getColumns().add(column("ui.forms.col.drafts", 90, f -> Long.toString(f.drafts())));
        table.getColumns().add(column("ui.forms.col.finals", 90, f -> Long.toString(f.finals())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        model.forms().addListener((ListChangeListener<FormSummary>) c -> {
            if (model.selectedProperty().get() != null) {
                table.getSelectionModel().select(model.selectedProperty().get());
            }
        });
        return table;
    }

    private TableView<SubmissionSummary> submissionsTable() {
        TableView<SubmissionSummary> table = new TableView<>(model.submissions());
        table.setId("submissions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.setPlaceholder(Controls.hint("ui.forms.noSubmissions"));
        table.getColumns().add(column("ui.forms.col.status", 110, s -> I18n.get(
                s.status() == SubmissionStatus.FINAL ? "ui.forms.status.final" : "ui.forms.status.draft")));
        table.getColumns().add(column("ui.forms.col.created", 160,
                s -> org.campo.ui.common.Dates.format(s.createdAt(), zone, I18n.localeProperty().get())));
        table.getColumns().add(column("ui.forms.col.updated", 160,
                s -> org.campo.ui.common.Dates.format(s.updatedAt(), zone, I18n.localeProperty().get())));
        table.getColumns().add(column("ui.forms.col.site", 120, s -> s.siteCode() == null ? "" : s.siteCode()));
        table.getColumns().add(column("ui.forms.col.revision", 80, s -> Integer.toString(s.rev())));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(table);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                openSelected(table);
            }
        });
        return table;
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
