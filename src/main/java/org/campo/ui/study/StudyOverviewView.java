package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.campo.collect.SubmissionReviews;
import org.campo.study.Capability;
import org.campo.ui.frame.StartSubmission;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.frame.SectionContext;
import org.campo.ui.common.I18n;

/** The study's home section: what this study is and how much it holds. */
public final class StudyOverviewView extends VBox {

    public StudyOverviewView(SectionContext ctx) {
        boolean reads = ctx.study().can(Capability.READ_RESPONSES);
        StudyOverviewViewModel model = new StudyOverviewViewModel(ctx.study(),
                reads ? ctx.app().reviews(ctx.study()).workCounts(ZoneId.systemDefault()) : List.of(),
                ctx.study().can(Capability.COLLECT)
                        ? ctx.app().shifts(ctx.study()).current().map(s -> s.siteCode()).orElse(null) : null,
                reads ? ctx.app().forms(ctx.study()).forms().stream().map(f -> f.form().formId()).toList() : List.of());
        setId("study-overview");
        setSpacing(20);
        setPadding(new Insets(32));

        Label title = new Label(model.studyName());
        title.getStyleClass().add(Styles.TITLE_2);
        Label created = new Label();
        created.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("ui.home.created", model.createdOn(I18n.localeProperty().get()), model.fileName()),
                I18n.localeProperty()));
        created.getStyleClass().add(Styles.TEXT_MUTED);

        FlowPane cards = new FlowPane(16, 16,
                card("ui.home.members", model.members()),
                card("ui.home.sites", model.sites()),
                card("ui.home.auditEntries", model.auditEntries()));
        getChildren().addAll(title, created, cards);
        if (model.shiftPoint() != null && model.nextForm() != null) {
            Button next = Controls.accentButton("home-next-survey", "ui.home.nextSurvey",
                    org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLAY_CIRCLE_OUTLINE);
            next.textProperty().bind(I18n.text("ui.home.nextSurvey", model.nextFormTitle(), model.shiftPoint()));
            next.setOnAction(e -> ctx.navigator().show("forms", new StartSubmission(model.nextForm())));
            getChildren().add(next);
        }
        if (reads) {
            getChildren().add(workTable(model));
        }
        if (model.unlockedWithRecoveryKey()) {
            Label warning = Controls.hint("ui.home.recoveryWarning");
            warning.getStyleClass().add(Styles.WARNING);
            getChildren().add(1, warning);
        }
    }

    private static VBox workTable(StudyOverviewViewModel model) {
        TableView<SubmissionReviews.WorkCount> table = new TableView<>(
                javafx.collections.FXCollections.observableArrayList(model.work()));
        table.setId("home-work");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Controls.hint("ui.home.work.none"));
        table.setPrefHeight(Math.min(320, 40 + 32 * Math.max(2, model.work().size())));
        table.getColumns().add(column("ui.home.work.form", 280, SubmissionReviews.WorkCount::formTitle));
        table.getColumns().add(column("ui.home.work.site", 180, w -> w.siteCode().isEmpty()
                ? I18n.get("ui.home.work.noSite") : w.siteCode()));
        table.getColumns().add(column("ui.home.work.today", 100, w -> Long.toString(w.today())));
        table.getColumns().add(column("ui.home.work.week", 120, w -> Long.toString(w.thisWeek())));
        Label title = Controls.label("ui.home.work.title");
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, title, table);
    }

    private static <T> TableColumn<T, String> column(String key, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(I18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static VBox card(String key, long value) {
        Label number = new Label(Long.toString(value));
        number.getStyleClass().add(Styles.TITLE_1);
        Label caption = Controls.label(key);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(4, number, caption);
        card.getStyleClass().add("stat-card");
        card.setPadding(new Insets(16, 20, 16, 20));
        card.setMinWidth(180);
        card.setMinHeight(VBox.USE_PREF_SIZE);
        return card;
    }
}
