package org.campo.ui.frame;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The unlocked study: header with study, user, role and Lock; navigation on the left. */
public final class StudyHomeView extends BorderPane {
    private final StackPane content = new StackPane();
    private final SectionContext context;

    public StudyHomeView(StudyHomeViewModel model, SectionContext context) {
        this.context = new SectionContext(context.study(), context.app(), context.executor(), context.dialogs(),
                context.registry(), model::navigate, null);
        setId("study-home");
        setTop(header(model));
        setLeft(navigation(model));
        content.getStyleClass().add("section-content");
        setCenter(content);
        model.selectedProperty().addListener((obs, old, item) -> show(item, model.takeRequest()));
        show(model.selectedProperty().get(), null);
    }

    private Node header(StudyHomeViewModel model) {
        Label study = new Label(model.studyName());
        study.setId("header-study");
        study.getStyleClass().add(Styles.TITLE_3);
        Label user = new Label();
        user.setId("header-user");
        user.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        user.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.get("ui.header.user", model.userName(), I18n.get(model.roleKey())),
                I18n.localeProperty()));
        user.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lock = Controls.button("lock-button", "ui.header.lock", MaterialDesignL.LOCK_OUTLINE);
        lock.getStyleClass().add(Styles.BUTTON_OUTLINED);
        lock.setOnAction(e -> model.lock());
        // Never reached by Tab and never the default focus: a stray Enter must not lock the study.
        lock.setFocusTraversable(false);
        HBox header = new HBox(16, study, spacer, user, lock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 20));
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node navigation(StudyHomeViewModel model) {
        VBox nav = new VBox(2);
        nav.setId("navigation");
        nav.getStyleClass().add("side-nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(200);
        ToggleGroup group = new ToggleGroup();
        for (NavigationItem item : model.sections()) {
            ToggleButton button = new ToggleButton();
            button.setId("nav-" + item.id());
            button.textProperty().bind(I18n.text(item.titleKey()));
            button.setGraphic(new FontIcon(item.icon()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-item");
            button.setSelected(item == model.selectedProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                model.selectedProperty().set(item);
            });
            model.selectedProperty().addListener((obs, old, now) -> button.setSelected(now == item));
            nav.getChildren().add(button);
        }
        return nav;
    }

    private void show(NavigationItem item, Object request) {
        if (item == null) {
            content.getChildren().clear();
            return;
        }
        Node view = item.view().apply(context.withRequest(request));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        content.getChildren().setAll(scroll);
    }
}
