package org.campo.ui.data;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campo.collect.FormSummary;
import org.campo.collect.SubmissionFilter;
import org.campo.collect.SubmissionReviews.AnswerLine;
import org.campo.collect.SubmissionRow;
import org.campo.model.ReviewStatus;
import org.campo.model.Site;
import org.campo.model.SubmissionStatus;
import org.campo.study.Capability;
import org.campo.ui.common.Controls;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Data section: a form's submissions with filters and search, and the selected one's
 * answers (read-only, with a correction of one answer), review status and audit trail.
 */
public final class DataView extends VBox {
    /** The "all points" / "all enumerators" choice of a filter. */
    private static final String ANY = "";
    private final DataViewModel model;

    public DataView(SectionContext ctx) {
        this(new DataViewModel(() -> ctx.app().forms(ctx.study()).forms(),
                ctx.study().listSites().stream().map(Site::code).toList(),
                ctx.app().reviews(ctx.study()).enumerators(),
                ctx.app().reviews(ctx.study()), ctx.study().can(Capability.MANAGE_FORMS), ZoneId.systemDefault()));
    }

    DataView(DataViewModel model) {
        super(12);
        this.model = model;
        setId("data");
        setPadding(new Insets(20, 24, 16, 24));
        Label title = Controls.title("ui.data.title");
        ComboBox<FormSummary> form = new ComboBox<>(model.forms());
        form.setId("data-form");
        form.setCellFactory(l -> new FormCell());
        form.setButtonCell(new FormCell());
        form.valueProperty().bindBidirectional(model.formProperty());
        HBox top = new HBox(12, title, new Region(), Controls.label("ui.export.form"), form);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(submissions(), details());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label message = new Label();
        message.setId("data-message");
        message.setWrapText(true);
        message.textProperty().bind(MessageText.of(model.messageProperty()));
        model.problemProperty().addListener((o, a, problem) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(problem ? Styles.DANGER : Styles.SUCCESS);
        });
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(top, filters(), message, split);
        model.load();
    }

    private Node filters() {
        ComboBox<String> site = anyCombo("data-site", model.sites(), "ui.data.anySite", model.siteProperty());
        DatePicker from = Dates.localize(new DatePicker());
        from.setId("data-from");
        from.setPrefWidth(160);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = Dates.localize(new DatePicker());
        to.setId("data-to");
        to.setPrefWidth(160);
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> enumerator = anyCombo("data-enumerator", model.enumerators(), "ui.data.anyEnumerator",
                model.enumeratorProperty());
        ComboBox<SubmissionFilter.Status> status = new ComboBox<>(
                FXCollections.observableArrayList(SubmissionFilter.Status.values()));
        status.setId("data-status");
        status.setConverter(converter(s -> I18n.get("ui.data.status." + s.name().toLowerCase(java.util.Locale.ROOT))));
        status.valueProperty().bindBidirectional(model.statusProperty());
        TextField search = new TextField();
        search.setId("data-search");
        search.setPromptText(I18n.get("ui.data.search"));
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(model.searchProperty());
        FlowPane row = new FlowPane(10, 8, labelled("ui.data.site", site), labelled("ui.data.from", from),
                labelled("ui.data.to", to), labelled("ui.data.enumerator", enumerator),
                labelled("ui.data.status", status), search);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node labelled(String key, Node control) {
        HBox box = new HBox(6, Controls.label(key), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * A drop-down whose first choice reads "all …" and clears the filter. That choice is an empty
     * string rather than null, because a combo box shows nothing at all for a null value.
     */
    private static ComboBox<String> anyCombo(String id, javafx.collections.ObservableList<String> values,
                                             String anyKey, javafx.beans.property.Property<String> filter) {
        javafx.collections.ObservableList<String> items = FXCollections.observableArrayList();
        items.add(ANY);
        items.addAll(values);
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        StringConverter<String> c = converter(v -> v == null || v.equals(ANY) ? I18n.get(anyKey) : v);
        combo.setConverter(c);
        combo.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : c.toString(item));
            }
        });
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(c.toString(combo.getValue()));
            }
        });
        combo.setValue(filter.getValue() == null ? ANY : filter.getValue());
        combo.valueProperty().addListener((o, a, now) -> filter.setValue(now == null || now.equals(ANY) ? null : now));
        filter.addListener((o, a, now) -> combo.setValue(now == null ? ANY : now));
        return combo;
    }

    private Node submissions() {
        TableView<SubmissionRow> table = new TableView<>(model.rows());
        table.setId("data-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Controls.hint("ui.data.none"));
        table.getColumns().add(column("ui.data.col.started", 150,
                r -> Dates.format(r.createdAt(), model.zone(), I18n.localeProperty().get())));
        table.getColumns().add(column("ui.data.col.site", 130, r -> r.siteCode() == null ? "" : r.siteCode()));
        table.getColumns().add(column("ui.data.col.enumerator", 110, SubmissionRow::enumerator));
        table.getColumns().add(column("ui.data.col.status", 100, r -> I18n.get(r.status() == SubmissionStatus.FINAL
                ? "ui.forms.status.final" : "ui.forms.status.draft")));
        table.getColumns().add(column("ui.data.col.review", 140, r -> r.review() == null
                ? I18n.get("ui.data.review.none") : I18n.get("ui.data.review." + r.review().code())));
        table.getColumns().add(column("ui.data.col.corrections", 100, r -> Integer.toString(r.corrections())));
        table.getColumns().add(column("ui.data.col.updated", 150,
                r -> Dates.format(r.updatedAt(), model.zone(), I18n.localeProperty().get())));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, a, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        Label count = new Label();
        count.setId("data-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.get("ui.data.count", model.rows().size()),
                model.rows(), I18n.localeProperty()));
        VBox box = new VBox(6, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node details() {
        TableView<AnswerLine> answers = new TableView<>(model.answers());
        answers.setId("data-answers");
        answers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        answers.setPlaceholder(Controls.hint("ui.data.chooseSubmission"));
        answers.getColumns().add(column("ui.data.col.question", 280, a -> a.label() == null || a.label().isBlank()
                ? a.name() : a.label()));
        answers.getColumns().add(column("ui.data.col.name", 140, AnswerLine::name));
        answers.getColumns().add(column("ui.data.col.answer", 260, DataView::shownValue));
        answers.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> model.answerProperty().set(now));

        TextField value = new TextField();
        value.setId("data-correct-value");
        value.setPrefColumnCount(16);
        value.textProperty().bindBidirectional(model.newValueProperty());
        TextField reason = new TextField();
        reason.setId("data-correct-reason");
        reason.setPromptText(I18n.get("ui.data.correct.reasonHint"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button save = Controls.accentButton("data-correct", "ui.data.correct", MaterialDesignP.PENCIL_OUTLINE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.correct());
        save.disableProperty().bind(model.answerProperty().isNull());
        HBox correction = new HBox(8, Controls.label("ui.data.correct.value"), value, Controls.label("ui.data.correct.reason"),
                reason, save);
        correction.setAlignment(Pos.CENTER_LEFT);
        correction.disableProperty().bind(model.answerProperty().isNull());

        Button approve = Controls.button("data-approve", "ui.data.approve", MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        approve.setOnAction(e -> model.review(ReviewStatus.APPROVED));
        Button attention = Controls.button("data-attention", "ui.data.attention", MaterialDesignA.ALERT_OUTLINE);
        attention.setOnAction(e -> model.review(ReviewStatus.NEEDS_ATTENTION));
        for (Button b : List.of(approve, attention)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.disableProperty().bind(model.selectedProperty().isNull());
            b.setVisible(model.canReview());
            b.setManaged(model.canReview());
        }
        HBox review = new HBox(8, approve, attention);
        VBox answersBox = new VBox(8, answers, correction, review);
        answersBox.setPadding(new Insets(8, 0, 0, 0));
        VBox.setVgrow(answers, Priority.ALWAYS);

        TableView<DataViewModel.TrailLine> trail = new TableView<>(model.trail());
        trail.setId("data-trail");
        trail.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trail.getColumns().add(column("ui.data.col.when", 150,
                t -> Dates.format(t.at(), model.zone(), I18n.localeProperty().get())));
        trail.getColumns().add(column("ui.data.col.who", 100, DataViewModel.TrailLine::actor));
        TableColumn<DataViewModel.TrailLine, String> what = column("ui.data.col.what", 500, t -> t.sentence().text());
        Controls.wrapping(what);
        trail.getColumns().add(what);

        Tab answersTab = new Tab(null, answersBox);
        answersTab.setId("data-tab-answers");
        answersTab.textProperty().bind(I18n.text("ui.data.answers"));
        Tab trailTab = new Tab(null, trail);
        trailTab.setId("data-tab-trail");
        trailTab.textProperty().bind(I18n.text("ui.data.trail"));
        TabPane tabs = new TabPane(answersTab, trailTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** Dates in the interface language's order; everything else as read. */
    private static String shownValue(AnswerLine a) {
        if (a.type() == org.campo.form.runtime.PromptType.DATE && !a.value().isBlank()) {
            java.time.LocalDate d = Dates.parse(a.value(), I18n.localeProperty().get());
            return d == null ? a.value() : Dates.format(d, I18n.localeProperty().get());
        }
        return a.value();
    }

    private static <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A form by its title and id. */
    private static final class FormCell extends ListCell<FormSummary> {
        @Override
        protected void updateItem(FormSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.form().title() + " (" + item.form().formId() + ")");
        }
    }
}
