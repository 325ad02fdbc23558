package org.campo.ui.dashboard;

import atlantafx.base.theme.Styles;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.campo.export.summary.PublishedTable;
import org.campo.model.FormVersion;
import org.campo.ui.common.Controls;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The Dashboard section: daily flow per point and the answers to one closed question, drawn
 * from the suppressed summary report. Suppressed counts are never drawn: their bar is missing
 * and the category or day says "suppressed".
 */
public final class DashboardView extends ScrollPane {
    /** Option labels longer than this are cut with an ellipsis; the tooltip shows them whole. */
    private static final double LABEL_WIDTH = 360;
    private static final double QUESTION_MAX_HEIGHT = 360;
    private final DashboardViewModel model;
    private final BarChart<String, Number> flowChart = chart("dashboard-flow-chart");
    private final GridPane questionBars = new GridPane();
    private final ScrollPane questionChart = new ScrollPane(questionBars);
    private final Label flowSuppressed = Controls.hint("ui.dashboard.none");
    private final VBox flowCard;
    private final VBox questionCard;

    public DashboardView(SectionContext ctx) {
        this(model(ctx));
    }

    private static DashboardViewModel model(SectionContext ctx) {
        var forms = ctx.app().forms(ctx.study());
        return new DashboardViewModel(() -> forms.forms().stream().map(f -> f.form()).toList(),
                ctx.app().summaries(ctx.study())::report, ctx.executor());
    }

    DashboardView(DashboardViewModel model) {
        this.model = model;
        setId("dashboard");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        ComboBox<FormVersion> form = new ComboBox<>(model.forms());
        form.setId("dashboard-form");
        form.setCellFactory(formCells());
        form.setButtonCell(formCells().call(null));
        form.valueProperty().bindBidirectional(model.formProperty());
        var refresh = Controls.button("dashboard-refresh", "ui.dashboard.refresh", MaterialDesignR.REFRESH);
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        HBox formRow = new HBox(12, Controls.label("ui.export.form"), form, refresh);
        formRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(MessageText.of(model.problemProperty()));

        ComboBox<String> point = new ComboBox<>(model.points());
        point.setId("dashboard-point");
        point.valueProperty().bindBidirectional(model.pointProperty());
        flowSuppressed.setId("dashboard-flow-suppressed");
        flowCard = card("ui.dashboard.flow.title", new HBox(12, Controls.label("ui.dashboard.point"), point),
                flowChart, flowSuppressed);

        ComboBox<PublishedTable> question = new ComboBox<>(model.questions());
        question.setId("dashboard-question");
        question.setCellFactory(questionCells());
        question.setButtonCell(questionCells().call(null));
        question.setMaxWidth(520);
        question.valueProperty().bindBidirectional(model.questionProperty());
        questionBars.setId("dashboard-question-chart");
        questionBars.setHgap(12);
        questionBars.setVgap(6);
        questionBars.setPadding(new Insets(4, 12, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMaxWidth(LABEL_WIDTH);
        labels.setPrefWidth(Region.USE_COMPUTED_SIZE);
        ColumnConstraints bars = new ColumnConstraints();
        bars.setHgrow(Priority.ALWAYS);
        bars.setMinWidth(120);
        ColumnConstraints counts = new ColumnConstraints();
        counts.setMinWidth(Region.USE_PREF_SIZE);
        questionBars.getColumnConstraints().setAll(labels, bars, counts);
        // One row per option; a question with many options scrolls inside the card instead of
        // squeezing its bars.
        questionChart.setFitToWidth(true);
        questionChart.setMaxHeight(QUESTION_MAX_HEIGHT);
        questionChart.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        questionChart.getStyleClass().add("edge-to-edge");
        questionCard = card("ui.dashboard.question.title",
                new HBox(12, Controls.label("ui.dashboard.question"), question), questionChart);

        Label threshold = Controls.hint("ui.dashboard.threshold", model.minCell());
        threshold.setId("dashboard-threshold");
        VBox content = new VBox(14, Controls.title("ui.dashboard.title"), Controls.hint("ui.dashboard.intro"),
                formRow, threshold, problem, flowCard, questionCard);
        content.setPadding(new Insets(24, 32, 24, 32));
        setContent(content);

        model.pointProperty().addListener((obs, old, now) -> drawFlow());
        model.questionProperty().addListener((obs, old, now) -> drawQuestion());
        model.reportProperty().addListener((obs, old, now) -> {
            drawFlow();
            drawQuestion();
        });
        model.load();
        drawFlow();
        drawQuestion();
    }

    private void drawFlow() {
        List<DayFlow> days = model.dailyFlow();
        flowCard.setVisible(!days.isEmpty());
        flowCard.setManaged(!days.isEmpty());
        XYChart.Series<String, Number> entries = series("ui.dashboard.entries");
        XYChart.Series<String, Number> exits = series("ui.dashboard.exits");
        XYChart.Series<String, Number> net = series("ui.dashboard.net");
        for (DayFlow day : days) {
            String label = Dates.format(day.date(), I18n.localeProperty().get());
            add(entries, label, day.entries());
            add(exits, label, day.exits());
            add(net, label, day.net());
        }
        ((CategoryAxis) flowChart.getXAxis()).setCategories(FXCollections.observableArrayList(
                days.stream().map(d -> Dates.format(d.date(), I18n.localeProperty().get())).toList()));
        flowChart.getData().setAll(List.of(entries, exits, net));
        String hidden = days.stream().filter(DayFlow::anySuppressed)
                .map(d -> Dates.format(d.date(), I18n.localeProperty().get()))
                .collect(Collectors.joining(", "));
        flowSuppressed.textProperty().unbind();
        flowSuppressed.textProperty().bind(hidden.isEmpty() ? I18n.text("ui.dashboard.none")
                : I18n.text("ui.dashboard.flow.suppressed", hidden));
    }

    private void drawQuestion() {
        List<Bar> bars = model.frequencies();
        questionCard.setVisible(!bars.isEmpty());
        questionCard.setManaged(!bars.isEmpty());
        questionBars.getChildren().clear();
        long max = bars.stream().filter(b -> !b.suppressed()).mapToLong(Bar::count).max().orElse(0);
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            Label label = new Label(bar.label());
            label.setId("dashboard-option-" + row);
            label.setMaxWidth(LABEL_WIDTH);
            label.setTooltip(new Tooltip(bar.label()));
            Label count = new Label(bar.suppressed() ? I18n.get("ui.dashboard.suppressed")
                    : NumberFormat.getIntegerInstance(I18n.localeProperty().get()).format(bar.count()));
            count.setId("dashboard-count-" + row);
            count.setMinWidth(Region.USE_PREF_SIZE);
            if (bar.suppressed()) {
                count.getStyleClass().add(Styles.TEXT_MUTED);
            }
            Region fill = new Region();
            fill.getStyleClass().add("dashboard-bar");
            fill.setMinHeight(18);
            fill.setPrefHeight(18);
            fill.setMaxHeight(18);
            double share = bar.suppressed() || max == 0 ? 0 : (double) bar.count() / max;
            HBox track = new HBox(fill);
            track.setAlignment(Pos.CENTER_LEFT);
            fill.prefWidthProperty().bind(track.widthProperty().multiply(share));
            fill.setMinWidth(bar.suppressed() || bar.count() == 0 ? 0 : 2);
            questionBars.addRow(row, label, track, count);
        }
        questionChart.setPrefViewportHeight(Math.min(QUESTION_MAX_HEIGHT - 8, bars.size() * 26.0 + 8));
    }

    private static void add(XYChart.Series<String, Number> series, String category, Long count) {
        if (count != null) {
            series.getData().add(new XYChart.Data<>(category, count));
        }
    }

    private static XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(I18n.get(key));
        return s;
    }

    private static BarChart<String, Number> chart(String id) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        // Four weeks of days with three series each: keep gaps thin so bars stay readable.
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        return chart;
    }

    private static VBox card(String titleKey, HBox chooser, javafx.scene.Node... body) {
        Label title = Controls.label(titleKey);
        title.getStyleClass().add(Styles.TITLE_4);
        chooser.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, title, chooser);
        card.getChildren().addAll(body);
        card.getStyleClass().add("stat-card");
        card.setPadding(new Insets(16));
        return card;
    }

    private static Callback<javafx.scene.control.ListView<FormVersion>, ListCell<FormVersion>> formCells() {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(FormVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.title() == null ? item.formId() : item.title());
            }
        };
    }

    private static Callback<javafx.scene.control.ListView<PublishedTable>, ListCell<PublishedTable>> questionCells() {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(PublishedTable item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.table().title());
            }
        };
    }
}
