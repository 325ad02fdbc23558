package org.campo.ui.export;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.export.summary.SummaryFormat;
import org.campo.form.runtime.FieldSchema;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.frame.EmptySectionView;
import org.campo.ui.frame.SectionContext;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The Export section: a form, its dataset options, its summary options, and what was written. */
public final class ExportView extends ScrollPane {

    public ExportView(SectionContext ctx) {
        this(new ExportViewModel(ctx.study(), ctx.app().forms(ctx.study()), ctx.app().datasets(ctx.study()),
                ctx.app().summaries(ctx.study()), ctx.executor(), ctx.dialogs()),
                new RefiViewModel(ctx.study(), ctx.app().refi(ctx.study()), ctx.executor(), ctx.dialogs()));
    }

    ExportView(ExportViewModel model) {
        this(model, null);
    }

    ExportView(ExportViewModel model, RefiViewModel refi) {
        setId("export");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        model.load();
        VBox content = new VBox(14);
        content.setPadding(new Insets(24, 32, 24, 32));
        setContent(content);
        if (model.formChoices().isEmpty()) {
            setFitToHeight(true);
            setContent(new EmptySectionView(MaterialDesignE.EXPORT, "ui.empty.export.title", "ui.empty.needsForm"));
            return;
        }
        ComboBox<ExportForm> form = new ComboBox<>(model.formChoices());
        form.setId("export-form");
        form.valueProperty().bindBidirectional(model.formProperty());
        HBox formRow = new HBox(12, Controls.label("ui.export.form"), form);
        formRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane cards = new FlowPane(16, 16, datasetCard(model), summaryCard(model));
        if (refi != null && (refi.canExport() || refi.canImport())) {
            cards.getChildren().add(RefiCard.of(refi));
        }
        cards.setPrefWrapLength(800);
        content.getChildren().addAll(Controls.title("ui.export.title"), Controls.hint("ui.export.intro"), formRow,
                cards, new ExportResultView(model));
    }

    private static VBox datasetCard(ExportViewModel model) {
        DatasetChoices choices = model.dataset();
        var grid = ExportPanels.grid();
        ComboBox<org.campo.export.dataset.DatasetFormat> format = new ComboBox<>();
        format.getItems().setAll(ExportViewModel.datasetFormats());
        format.setId("dataset-format");
        format.valueProperty().bindBidirectional(choices.formatProperty());
        grid.addRow(0, Controls.label("ui.export.format"), format);

        ToggleGroup answers = new ToggleGroup();
        RadioButton values = radio("dataset-values", "ui.export.values", answers);
        RadioButton labels = radio("dataset-labels", "ui.export.labels", answers);
        (choices.labelsProperty().get() ? labels : values).setSelected(true);
        labels.selectedProperty().addListener((obs, was, now) -> choices.labelsProperty().set(now));
        ComboBox<String> language = new ComboBox<>();
        language.setId("dataset-language");
        language.valueProperty().bindBidirectional(choices.languageProperty());
        language.disableProperty().bind(labels.selectedProperty().not());
        model.formProperty().addListener((obs, old, now) -> fillLanguages(language, now));
        fillLanguages(language, model.formProperty().get());
        HBox answerRow = new HBox(12, values, labels, language);
        answerRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(1, Controls.label("ui.export.answers"), answerRow);
        grid.add(ExportPanels.check("dataset-split", "ui.export.split", choices.splitMultipleProperty()), 0, 2, 2, 1);
        grid.add(ExportPanels.check("dataset-drafts", "ui.export.drafts", choices.includeDraftsProperty()), 0, 3, 2, 1);
        if (model.canIncludeSensitive()) {
            grid.add(ExportPanels.sensitiveChoice("dataset-sensitive", choices.includeSensitiveProperty()), 0, 4, 2, 1);
        }
        Button run = Controls.accentButton("dataset-export", "ui.export.dataset.run", MaterialDesignT.TABLE_ARROW_RIGHT);
        run.setDefaultButton(false);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.exportDataset());
        return ExportPanels.card("dataset-card", "ui.export.dataset.title", "ui.export.dataset.hint", grid, run);
    }

    private static VBox summaryCard(ExportViewModel model) {
        SummaryChoices choices = model.summary();
        var grid = ExportPanels.grid();
        ComboBox<SummaryFormat> format = new ComboBox<>();
        format.getItems().setAll(SummaryFormat.values());
        format.setId("summary-format");
        format.valueProperty().bindBidirectional(choices.formatProperty());
        grid.addRow(0, Controls.label("ui.export.format"), format);

        CheckComboBox<FieldSchema> by = new CheckComboBox<>();
        by.setId("summary-by");
        by.setMaxWidth(260);
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldSchema field) {
                return field == null ? "" : CrossByLabels.shorten(CrossByLabels.inUiLanguage(field), CrossByLabels.MAX_CHARS);
            }

            @Override
            public FieldSchema fromString(String text) {
                return null;
            }
        });
        // Question labels can be long sentences: each option is cut with an ellipsis so the list
        // fits a 1366-pixel screen, and the tooltip gives the chosen questions in full.
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(480);
        full.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> by.getCheckModel()
                .getCheckedItems().isEmpty() ? I18n.get("ui.export.byHint") : String.join("\n",
                by.getCheckModel().getCheckedItems().stream().map(CrossByLabels::inUiLanguage).toList()),
                by.getCheckModel().getCheckedItems(), I18n.localeProperty()));
        by.setTooltip(full);
        // Each option of the list also tells its whole question in a tooltip: the list is a
        // combo box inside the control's skin, whose cells are wrapped once the skin exists.
        by.skinProperty().addListener((obs, old, skin) -> {
            if (skin instanceof javafx.scene.control.SkinBase<?> base) {
                base.getChildren().stream().filter(n -> n instanceof ComboBox<?>).findFirst()
                        .ifPresent(n -> withFullTooltips((ComboBox<?>) n));
            }
        });
        by.setPrefWidth(260);
        by.getCheckModel().getCheckedItems().addListener((ListChangeListener<FieldSchema>) change ->
                choices.byVariables().setAll(change.getList().stream().map(FieldSchema::name).toList()));
        model.formProperty().addListener((obs, old, now) -> fillClosed(by, now));
        fillClosed(by, model.formProperty().get());
        grid.addRow(1, Controls.label("ui.export.by"), by);

        Spinner<Integer> minCell = new Spinner<>(1, 100, choices.minCellProperty().get());
        minCell.setId("summary-min-cell");
        minCell.setEditable(true);
        minCell.setPrefWidth(90);
        minCell.valueProperty().addListener((obs, old, now) -> choices.minCellProperty().set(now));
        grid.addRow(2, Controls.label("ui.export.minCell"), minCell);
        var minCellHint = Controls.hint("ui.export.minCellHint");
        minCellHint.setPrefWidth(ExportPanels.HINT_WIDTH);
        grid.add(minCellHint, 0, 3, 2, 1);
        if (model.canIncludeSensitive()) {
            grid.add(ExportPanels.sensitiveChoice("summary-sensitive", choices.includeSensitiveProperty()), 0, 4, 2, 1);
        }
        Button run = Controls.accentButton("summary-export", "ui.export.summary.run", MaterialDesignF.FILE_CHART_OUTLINE);
        run.setDefaultButton(false);
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.exportSummary());
        return ExportPanels.card("summary-card", "ui.export.summary.title", "ui.export.summary.hint", grid, run);
    }

    /** Adds to every cell of {@code list} a tooltip with its question's whole label. */
    @SuppressWarnings("unchecked")
    private static void withFullTooltips(ComboBox<?> list) {
        ComboBox<FieldSchema> fields = (ComboBox<FieldSchema>) list;
        var cells = fields.getCellFactory();
        if (cells == null) {
            return;
        }
        fields.setCellFactory(view -> {
            javafx.scene.control.ListCell<FieldSchema> cell = cells.call(view);
            cell.itemProperty().addListener((o, was, item) -> cell.setTooltip(
                    item == null ? null : new Tooltip(CrossByLabels.inUiLanguage(item))));
            return cell;
        });
    }

    private static RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton button = new RadioButton();
        button.setId(id);
        button.textProperty().bind(I18n.text(key));
        button.setToggleGroup(group);
        return button;
    }

    private static void fillLanguages(ComboBox<String> language, ExportForm form) {
        List<String> languages = form == null ? List.of() : form.languages();
        language.getItems().setAll(languages);
        language.setVisible(!languages.isEmpty());
        if (form != null) {
            language.setValue(form.defaultLanguage());
        }
    }

    private static void fillClosed(CheckComboBox<FieldSchema> by, ExportForm form) {
        by.getCheckModel().clearChecks();
        by.getItems().setAll(form == null ? List.of() : form.closedQuestions());
    }
}
