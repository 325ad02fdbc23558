package org.campo.ui.study;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.frame.SectionContext;
import org.campo.ui.common.I18n;

/** The study's home section: what this study is and how much it holds. */
public final class StudyOverviewView extends VBox {

    public StudyOverviewView(SectionContext ctx) {
        StudyOverviewViewModel model = new StudyOverviewViewModel(ctx.study());
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
        if (model.unlockedWithRecoveryKey()) {
            Label warning = Controls.hint("ui.home.recoveryWarning");
            warning.getStyleClass().add(Styles.WARNING);
            getChildren().add(1, warning);
        }
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
