package org.campo.ui.frame;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The unlocked study: header with study, user, role and Lock; navigation on the left.
 *
 * <p>Keyboard: F6 moves between the navigation and the open section (the convention of browsers
 * and file managers), the arrow keys move through the navigation and Enter opens a section and
 * puts the focus in it, so every section is reachable without a mouse. Ctrl+L locks the study
 * (the Lock button itself is never reached by Tab, so that a stray Enter cannot lock it).
 */
public final class StudyHomeView extends BorderPane {
    private final StackPane content = new StackPane();
    private final VBox nav = new VBox(2);
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
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                // a deliberate chord, unlike the Enter that once locked studies mid-interview
                e.consume();
                model.lock();
                return;
            }
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                if (inNavigation(getScene() == null ? null : getScene().getFocusOwner())) {
                    focusContent();
                } else {
                    focusNavigation();
                }
                e.consume();
            }
        });
    }

    private boolean inNavigation(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == nav) {
                return true;
            }
        }
        return false;
    }

    /** The selected section's entry in the navigation takes the focus. */
    private void focusNavigation() {
        nav.getChildren().stream()
                .filter(n -> n instanceof ToggleButton t && t.isSelected())
                .findFirst()
                .or(() -> nav.getChildren().stream().filter(n -> n instanceof ToggleButton).findFirst())
                .ifPresent(Node::requestFocus);
    }

    /** The first control of the open section takes the focus. */
    private void focusContent() {
        // a scroll pane puts its content into the scene only when its skin exists
        content.applyCss();
        content.layout();
        Node first = firstFocusable(content);
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node instanceof ScrollPane scroll) {
            // the section's scroll frame is only a frame: the user wants its first control
            return firstFocusable(scroll.getContent());
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void moveInNavigation(ToggleButton from, int step) {
        var buttons = nav.getChildren().stream().filter(n -> n instanceof ToggleButton).toList();
        int at = buttons.indexOf(from);
        if (at >= 0) {
            buttons.get(Math.floorMod(at + step, buttons.size())).requestFocus();
        }
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
        javafx.scene.control.Tooltip lockHint = new javafx.scene.control.Tooltip();
        lockHint.textProperty().bind(I18n.text("ui.header.lockHint"));
        lock.setTooltip(lockHint);
        // Never reached by Tab and never the default focus: a stray Enter must not lock the study.
        lock.setFocusTraversable(false);
        HBox header = new HBox(16, study, spacer, user, lock);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 20));
        header.getStyleClass().add("app-header");
        return header;
    }

    private Node navigation(StudyHomeViewModel model) {
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
            // a filter: a toggle group's own arrow keys would select (not just focus) the next item
            button.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                switch (e.getCode()) {
                    case UP -> moveInNavigation(button, -1);
                    case DOWN -> moveInNavigation(button, 1);
                    case ENTER -> {
                        button.setSelected(true);
                        model.selectedProperty().set(item);
                        // the section's view is laid out on the next pulse
                        Platform.runLater(this::focusContent);
                    }
                    default -> {
                        return;
                    }
                }
                e.consume();
            });
            model.selectedProperty().addListener((obs, old, now) -> button.setSelected(now == item));
            nav.getChildren().add(button);
        }
        Region push = new Region();
        VBox.setVgrow(push, Priority.ALWAYS);
        Label keys = new Label();
        keys.setId("navigation-keys");
        keys.textProperty().bind(I18n.text("ui.nav.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        nav.getChildren().addAll(push, keys);
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
