package org.campo.ui.triangulation;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.export.qda.HeatMap;
import org.campo.qda.triangulation.MatrixCell;
import org.campo.qda.triangulation.MatrixColumn;
import org.campo.qda.triangulation.ThemeRow;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The triangulation section: pick the attribute(s) that make the groups, read the heat map
 * (cases with the theme / cases in the group), click a cell to see its segments and write its
 * summary. Bound to {@link TriangulationViewModel}.
 */
public final class TriangulationView extends BorderPane {
    private final TriangulationViewModel model;
    private final GridPane grid = new GridPane();
    private final Label cellTitle = new Label();
    /** Groups read in the interface language: switching it builds the matrix again with its labels. */
    private final javafx.beans.InvalidationListener relabel;

    public TriangulationView(SectionContext ctx) {
        this(new TriangulationViewModel(() -> ctx.app().qda(ctx.study()).snapshot(),
                new TriangulationViewModel.SummaryStore() {
                    private final org.campo.qda.triangulation.MatrixSummaries store =
                            ctx.app().matrixSummaries(ctx.study());

                    @Override
                    public org.campo.qda.triangulation.CellSummaries all() {
                        return store.all();
                    }

                    @Override
                    public void save(String codeId, String columnKey, String text) {
                        store.save(codeId, columnKey, text);
                    }
                }, ctx.executor(), () -> ctx.app().qda(ctx.study()).attributeLabels().in(I18n.localeProperty().get())));
    }

    TriangulationView(TriangulationViewModel model) {
        this.model = model;
        setId("triangulation");
        setPadding(new Insets(16));

        ComboBox<String> first = new ComboBox<>(model.attributes());
        first.setId("matrix-attribute");
        first.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : model.attributeName(s);
            }

            @Override
            public String fromString(String s) {
                return model.attributes().stream().filter(a -> model.attributeName(a).equals(s)).findFirst().orElse(s);
            }
        });
        first.valueProperty().bindBidirectional(model.firstAttributeProperty());
        ComboBox<String> second = new ComboBox<>(model.secondAttributes());
        second.setId("matrix-attribute-2");
        second.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? "—" : model.attributeName(s);
            }

            @Override
            public String fromString(String s) {
                return "—".equals(s) ? "" : model.attributes().stream()
                        .filter(a -> model.attributeName(a).equals(s)).findFirst().orElse(s);
            }
        });
        second.valueProperty().bindBidirectional(model.secondAttributeProperty());
        Button refresh = Controls.button("matrix-refresh", "ui.triangulation.refresh", MaterialDesignR.REFRESH);
        refresh.setOnAction(e -> model.load());
        HBox controls = new HBox(10, Controls.label("ui.triangulation.by"), first,
                Controls.label("ui.triangulation.crossedWith"), second, refresh);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setWrapText(true);
        model.statusProperty().addListener((obs, old, now) -> status.setText(now == null ? "" : now.text()));
        VBox top = new VBox(8, Controls.title("ui.triangulation.title"), Controls.hint("ui.triangulation.intro"),
                controls, status);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        grid.setHgap(2);
        grid.setVgap(2);
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(false);

        ListView<TriangulationViewModel.SegmentLine> segments = new ListView<>(model.segments());
        segments.setId("matrix-segments");
        segments.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TriangulationViewModel.SegmentLine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText("“" + item.text() + "”\n— " + item.source() + " · " + item.code());
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        });
        VBox.setVgrow(segments, Priority.ALWAYS);
        TextArea summary = new TextArea();
        summary.setId("matrix-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(5);
        summary.textProperty().bindBidirectional(model.summaryProperty());
        summary.disableProperty().bind(model.selectionProperty().isNull());
        Button save = Controls.accentButton("matrix-save-summary", "ui.triangulation.saveSummary",
                MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.selectionProperty().isNull());
        save.setOnAction(e -> {
            model.saveSummary();
            draw(model.matrixProperty().get());
        });
        cellTitle.setId("matrix-cell-title");
        cellTitle.setWrapText(true);
        cellTitle.textProperty().bind(I18n.text("ui.triangulation.chooseCell"));
        VBox side = new VBox(8, cellTitle, Controls.label("ui.triangulation.segments"), segments,
                Controls.label("ui.triangulation.summary"), summary, save);
        side.setPadding(new Insets(0, 0, 0, 12));
        side.setMinWidth(280);

        SplitPane split = new SplitPane(gridScroll, side);
        split.setDividerPositions(0.62);
        setCenter(split);

        model.matrixProperty().addListener((obs, old, now) -> draw(now));
        model.selectionProperty().addListener((obs, old, now) -> describe(now));
        model.load();
        relabel = I18n.onChange(model::load);
    }

    private void describe(TriangulationViewModel.Selection sel) {
        cellTitle.textProperty().unbind();
        TriangulationMatrix m = model.matrixProperty().get();
        if (sel == null || m == null) {
            cellTitle.textProperty().bind(I18n.text("ui.triangulation.chooseCell"));
            return;
        }
        ThemeRow row = m.rows().get(sel.row());
        MatrixCell cell = row.cells().get(sel.column());
        cellTitle.textProperty().bind(I18n.text("ui.triangulation.cell", row.path(),
                m.columns().get(sel.column()).label(), cell.casesWithTheme(), cell.casesInGroup(),
                cell.segmentCount()));
    }

    private void draw(TriangulationMatrix m) {
        grid.getChildren().clear();
        if (m == null) {
            return;
        }
        for (int c = 0; c < m.columns().size(); c++) {
            MatrixColumn col = m.columns().get(c);
            Label header = new Label(col.label());
            header.setWrapText(true);
            header.setMaxWidth(110);
            header.setStyle("-fx-font-weight: bold;");
            grid.add(header, c + 1, 0);
        }
        Label marks = Controls.label("ui.triangulation.silentHeader");
        marks.setStyle("-fx-font-weight: bold;");
        grid.add(marks, m.columns().size() + 1, 0);
        for (int r = 0; r < m.rows().size(); r++) {
            ThemeRow row = m.rows().get(r);
            Label name = new Label("   ".repeat(row.depth()) + row.code().name());
            name.setStyle(row.depth() == 0 ? "-fx-font-weight: bold;" : "");
            name.setMaxWidth(260);
            grid.add(name, 0, r + 1);
            for (int c = 0; c < m.columns().size(); c++) {
                grid.add(cellButton(m, r, c), c + 1, r + 1);
            }
            grid.add(new Label(String.join("; ", row.silent().stream()
                    .map(i -> m.columns().get(i).label()).toList())), m.columns().size() + 1, r + 1);
        }
    }

    private Button cellButton(TriangulationMatrix m, int r, int c) {
        MatrixCell cell = m.rows().get(r).cells().get(c);
        String text = cell.mark() == MatrixCell.Mark.SILENT ? "—" : cell.casesWithTheme() + "/" + cell.casesInGroup();
        if (model.hasSummary(r, c)) {
            text = text + " ✎";
        }
        Button b = new Button(text);
        b.setId("matrix-cell-" + r + "-" + c);
        b.setPrefWidth(110);
        b.setMinWidth(110);
        int[] rgb = HeatMap.rgb(cell.share());
        String fill = cell.mark() == MatrixCell.Mark.EMPTY ? "#eeeeee"
                : String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
        b.setStyle("-fx-background-color: " + fill + "; -fx-background-radius: 0; -fx-text-fill: "
                + (cell.share() > 0.55 ? "white" : "black") + ";");
        b.setTooltip(new Tooltip(Math.round(cell.share() * 100) + "% · " + cell.segmentCount()));
        b.setOnAction(e -> model.select(r, c));
        return b;
    }
}
