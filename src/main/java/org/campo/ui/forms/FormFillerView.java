package org.campo.ui.forms;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.campo.form.runtime.OutlineEntry;
import org.campo.form.runtime.Screen;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The form filler: the current screen's questions built in code from prompts, an outline to
 * jump to any question, a progress bar, a language switch, and a keyboard map for fast entry:
 * Tab/Enter next field (Enter on the last field: next screen), digits 1–9 pick a choice,
 * PgDn/PgUp next/previous screen, Ctrl+S save, Ctrl+Enter finalize.
 */
public final class FormFillerView extends BorderPane {
    private final FormFillerViewModel model;
    private final PromptWidgets widgets;
    private final VBox screenBox = new VBox(16);
    private final ScrollPane scroll = new ScrollPane(screenBox);
    private final Label breadcrumb = new Label();
    private final Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(3));
    private final Button removeRepeat;
    private final Runnable onClose;
    private ScreenContent content;
    private ScreenSignature shown;
    private boolean problemShown;

    public FormFillerView(FormFillerViewModel model, AttachmentChooser chooser, ZoneId zone, Runnable onClose) {
        this.model = model;
        this.onClose = onClose;
        this.widgets = new PromptWidgets(AnswerSink.of(model), chooser, zone);
        setId("form-filler");
        getStyleClass().add("form-filler");

        removeRepeat = Controls.button("filler-remove-repeat", "ui.forms.repeat.remove", MaterialDesignD.DELETE_OUTLINE);
        removeRepeat.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        removeRepeat.setOnAction(e -> {
            commitAll();
            model.removeRepeat();
        });

        setTop(header());
        screenBox.setPadding(new Insets(20, 28, 28, 28));
        screenBox.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setId("filler-scroll");
        setCenter(scroll);
        setRight(outline());
        setBottom(footer());

        model.screenProperty().addListener((obs, old, now) -> render(now));
        model.problems().addListener((MapChangeListener<String, String>) c -> showProblems());
        model.noticeProperty().addListener((obs, old, now) -> showNotice(now));
        noticeTimer.setOnFinished(e -> notice.setText(""));
        // On the scene, not on this view: on a screen with only a note, or right after a screen
        // change, the focus may sit outside the view and PgDn/PgUp would otherwise be lost.
        javafx.event.EventHandler<KeyEvent> keys = this::onKey;
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        javafx.beans.value.ChangeListener<Node> follow = (obs, was, now) -> revealFocused(now);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        render(model.screen());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> focusAfterRender(null));
            }
        });
    }

    // ---- layout ------------------------------------------------------------------------------

    private Node header() {
        Label title = new Label(model.title());
        title.setId("filler-title");
        title.getStyleClass().add(Styles.TITLE_3);
        // A bilingual title ("Monitoreo de flujo: encuesta / Flow monitoring survey") is longer
        // than the room beside the buttons at 1366 pixels: it wraps rather than losing its end.
        title.setWrapText(true);
        title.setTooltip(new javafx.scene.control.Tooltip(model.title()));
        breadcrumb.setId("filler-breadcrumb");
        breadcrumb.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(2, title, breadcrumb);
        // The title gives way (wrapping) so the buttons beside it keep their labels.
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.SOMETIMES);
        if (model.isPreview()) {
            Label preview = Controls.label("ui.forms.preview.banner");
            preview.setId("filler-preview");
            preview.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
            titles.getChildren().add(preview);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, titles, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        if (model.languages().size() > 1) {
            ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(model.languages()));
            language.setId("filler-language");
            language.valueProperty().bindBidirectional(model.languageProperty());
            language.setFocusTraversable(false);
            language.setMinWidth(Region.USE_PREF_SIZE);
            Label icon = new Label();
            icon.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignT.TRANSLATE));
            top.getChildren().addAll(icon, language);
        }
        Button save = Controls.button("filler-save", "ui.forms.save", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.setFocusTraversable(false);
        save.setOnAction(e -> save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        top.getChildren().add(save);
        if (onClose != null) {
            Button close = Controls.button("filler-close", "ui.forms.close", MaterialDesignA.ARROW_LEFT);
            close.setFocusTraversable(false);
            close.setMinWidth(Region.USE_PREF_SIZE);
            close.setOnAction(e -> {
                commitAll();
                onClose.run();
            });
            top.getChildren().add(0, close);
        }
        ProgressBar progress = new ProgressBar();
        progress.setId("filler-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add(Styles.SMALL);
        VBox box = new VBox(8, top, progress);
        box.setPadding(new Insets(14, 20, 8, 20));
        return box;
    }

    private Node outline() {
        ListView<OutlineEntry> list = new ListView<>(model.outline());
        list.setId("filler-outline");
        list.setFocusTraversable(false);
        list.setCellFactory(l -> new OutlineCell());
        list.setOnMouseClicked(e -> jumpToSelected(list));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected(list);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = Controls.label("ui.forms.outline");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(6, title, list);
        box.setPadding(new Insets(12, 16, 12, 0));
        box.setPrefWidth(260);
        box.setMinWidth(200);
        return box;
    }

    private void jumpToSelected(ListView<OutlineEntry> list) {
        OutlineEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            commitAll();
            model.jumpTo(entry.ref());
        }
    }

    private Node footer() {
        Button previous = Controls.button("filler-previous", "ui.forms.previous", MaterialDesignC.CHEVRON_LEFT);
        previous.setFocusTraversable(false);
        previous.setOnAction(e -> previous());
        Button next = Controls.button("filler-next", "ui.forms.next", MaterialDesignC.CHEVRON_RIGHT);
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add(Styles.ACCENT);
        next.setFocusTraversable(false);
        next.setOnAction(e -> next());
        Button finalize = Controls.button("filler-finalize", "ui.forms.finalize", MaterialDesignC.CHECK_ALL);
        finalize.getStyleClass().add(Styles.SUCCESS);
        finalize.setFocusTraversable(false);
        finalize.setOnAction(e -> finalizeSubmission());
        finalize.disableProperty().bind(model.finalizedProperty());
        for (Button b : new Button[] {previous, next, finalize, removeRepeat}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        notice.setId("filler-notice");
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label keys = Controls.hint("ui.forms.keys");
        keys.setId("filler-keys");
        keys.setWrapText(true);
        keys.setMinWidth(0);
        keys.setMaxWidth(Double.MAX_VALUE);
        keys.getStyleClass().add(Styles.TEXT_SMALL);
        HBox.setHgrow(keys, Priority.ALWAYS);
        HBox bar = new HBox(12, previous, keys, removeRepeat, next, finalize);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(6, notice, bar);
        footer.setPadding(new Insets(8, 20, 12, 20));
        footer.getStyleClass().add("filler-footer");
        return footer;
    }

    // ---- rendering ---------------------------------------------------------------------------

    private void render(Screen screen) {
        if (screen == null) {
            shown = null;
            return;
        }
        ScreenSignature signature = ScreenSignature.of(screen);
        if (signature.equals(shown)) {
            showProblems();
            return;
        }
        boolean sameScreen = shown != null && shown.ref().equals(signature.ref());
        String focusedRef = sameScreen && content != null && getScene() != null
                ? content.refContaining(getScene().getFocusOwner()) : null;
        shown = signature;
        breadcrumb.setText(String.join("  ›  ", screen.breadcrumb()));
        removeRepeat.setVisible(model.currentRepeatLabel().isPresent());
        removeRepeat.setManaged(removeRepeat.isVisible());
        content = null;
        Node body = switch (screen.kind()) {
            case QUESTIONS -> content = new ScreenContent(screen.prompts(), widgets, AnswerSink.of(model));
            case ADD_REPEAT -> addRepeatPane(screen);
            case END, BEGINNING -> endPane();
        };
        screenBox.getChildren().setAll(body);
        showProblems();
        if (problemShown && model.problems().isEmpty()) {
            // the problem the notice named is behind us: do not leave a stale warning
            notice.setText("");
            problemShown = false;
        }
        if (!sameScreen) {
            scroll.setVvalue(0);
        }
        Platform.runLater(() -> focusAfterRender(focusedRef));
    }

    /**
     * Puts the keyboard focus on the current question (the one focused before when the same
     * screen is shown again), on the first button of a repeat or end page, or on the screen
     * itself when it holds only notes, so that it never stays on a control outside the filler.
     */
    private void focusAfterRender(String focusedRef) {
        if (getScene() == null) {
            // rendered before the filler was shown (a slow laptop): focus once it is in the window
            sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene before, javafx.scene.Scene scene) {
                    if (scene != null) {
                        sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> focusAfterRender(focusedRef));
                    }
                }
            });
            return;
        }
        Node target = null;
        if (content != null) {
            target = focusedRef == null ? null : content.focusTargetOf(focusedRef);
            if (target == null && !content.focusOrder().isEmpty()) {
                target = content.focusOrder().get(0);
            }
        } else {
            target = screenBox.lookupAll(".button").stream().filter(n -> n.isVisible() && !n.isDisabled())
                    .findFirst().orElse(null);
        }
        Node focus = target != null ? target : screenBox;
        focus.requestFocus();
        // the click or key that opened the filler may still be settling (a navigation button keeps the
        // focus it just took): claim it again once that event is done, unless the user moved on
        javafx.scene.Scene scene = getScene();
        Runnable[] reclaim = new Runnable[1];
        reclaim[0] = () -> {
            scene.removePostLayoutPulseListener(reclaim[0]);
            Node owner = scene.getFocusOwner();
            if (owner == null || !isInside(owner)) {
                focus.requestFocus();
            }
        };
        scene.addPostLayoutPulseListener(reclaim[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the screen so that the focused control is in view (type-to-search, Enter, Tab). */
    private void revealFocused(Node focused) {
        if (focused == null || !isInside(focused, screenBox)) {
            return;
        }
        javafx.geometry.Bounds b = screenBox.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double height = screenBox.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (height <= view) {
            return;
        }
        double top = scroll.getVvalue() * (height - view);
        if (b.getMinY() < top || b.getMaxY() > top + view) {
            double v = (b.getMinY() - view / 3) / (height - view);
            scroll.setVvalue(Math.max(0, Math.min(1, v)));
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} is part of this filler (not the study's header or navigation). */
    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private Node addRepeatPane(Screen screen) {
        String label = screen.repeatLabel() == null || screen.repeatLabel().isBlank()
                ? I18n.get("ui.forms.repeat.group") : screen.repeatLabel();
        Label question = new Label(I18n.get(screen.repeatCount() == 0 ? "ui.forms.repeat.addFirst"
                : "ui.forms.repeat.addAnother", label));
        question.setId("add-repeat-question");
        question.getStyleClass().add(Styles.TITLE_4);
        question.setWrapText(true);
        Button add = Controls.button("add-repeat-yes", "ui.forms.repeat.add", MaterialDesignP.PLUS);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> model.addRepeat());
        Button no = Controls.button("add-repeat-no", "ui.forms.repeat.decline", MaterialDesignC.CHEVRON_RIGHT);
        no.setOnAction(e -> model.declineRepeat());
        VBox box = new VBox(16, question, new HBox(12, add, no));
        box.setId("add-repeat");
        return box;
    }

    private Node endPane() {
        Label title = new Label(I18n.get("ui.forms.end.title", model.title()));
        title.setId("end-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label text = Controls.hint(model.isPreview() ? "ui.forms.end.previewText" : "ui.forms.end.text");
        Button finalize = Controls.button("end-finalize", "ui.forms.finalize", MaterialDesignC.CHECK_ALL);
        finalize.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        finalize.disableProperty().bind(model.finalizedProperty());
        finalize.setOnAction(e -> finalizeSubmission());
        Label done = new Label();
        done.setId("end-finalized");
        done.getStyleClass().add(Styles.SUCCESS);
        done.textProperty().bind(javafx.beans.binding.Bindings.when(model.finalizedProperty())
                .then(I18n.get(model.isPreview() ? "ui.forms.finalize.previewOk" : "ui.forms.finalize.done"))
                .otherwise(""));
        VBox box = new VBox(14, title, text, finalize, done);
        box.setId("end-screen");
        if (onClose != null) {
            Button back = Controls.button("end-back", "ui.forms.close", MaterialDesignA.ARROW_LEFT);
            back.visibleProperty().bind(model.finalizedProperty());
            back.setOnAction(e -> onClose.run());
            box.getChildren().add(back);
        }
        return box;
    }

    private void showProblems() {
        if (content != null) {
            content.showProblems(model.problems());
        }
    }

    /** Confirmations fade after a few seconds; a problem stays until the next notice. */
    private void showNotice(org.campo.ui.common.Message message) {
        notice.setText(message == null ? "" : message.text());
        boolean problem = message != null && FormFillerViewModel.isProblemNotice(message);
        notice.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        notice.getStyleClass().add(problem ? Styles.DANGER : Styles.SUCCESS);
        notice.setGraphic(Controls.icon(problem ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignC.CHECK_CIRCLE_OUTLINE,
                16));
        problemShown = problem;
        if (problem) {
            noticeTimer.stop();
        } else {
            noticeTimer.playFromStart();
        }
    }

    // ---- commands ----------------------------------------------------------------------------

    private void commitAll() {
        if (content != null) {
            content.commitAll();
        }
    }

    private void next() {
        commitAll();
        if (!model.next()) {
            focusFirstProblem();
        }
    }

    private void previous() {
        commitAll();
        model.previous();
    }

    private void save() {
        commitAll();
        model.save();
    }

    private void finalizeSubmission() {
        commitAll();
        if (!model.finalizeSubmission()) {
            Platform.runLater(this::focusFirstProblem);
        }
    }

    private void focusFirstProblem() {
        if (content == null) {
            return;
        }
        for (String ref : model.problems().keySet()) {
            Node target = content.focusTargetOf(ref);
            if (target != null) {
                target.requestFocus();
                return;
            }
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        Node target = e.getTarget() instanceof Node n ? n : null;
        if (getScene() == null || !isVisible()) {
            return;
        }
        if (!contains(target) && (code == KeyCode.ENTER && !e.isShortcutDown() || ChoiceKeys.indexOf(e) >= 0
                || code == KeyCode.SPACE)) {
            // Enter, Space and digits belong to the interview: never to the header's Lock or the
            // navigation. They go to the current question (Enter on a page of notes moves on).
            e.consume();
            boolean notesOnly = content == null || content.focusOrder().isEmpty();
            if (code == KeyCode.ENTER && notesOnly && content != null) {
                next();
                return;
            }
            focusAfterRender(null);
            Node focused = getScene().getFocusOwner();
            if (code != KeyCode.ENTER && focused != null && contains(focused)) {
                javafx.event.Event.fireEvent(focused, e.copyFor(focused, focused));
            }
            return;
        }
        if (e.isShortcutDown() && code == KeyCode.S) {
            save();
        } else if (e.isShortcutDown() && code == KeyCode.ENTER) {
            finalizeSubmission();
        } else if (code == KeyCode.PAGE_DOWN) {
            next();
        } else if (code == KeyCode.PAGE_UP) {
            previous();
        } else if (code == KeyCode.ENTER && !e.isShiftDown() && !e.isAltDown()) {
            if (!enter(e.getTarget() instanceof Node n ? n : null)) {
                return;
            }
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Enter: a button of the filler fires; in a question it moves to the next field, after the
     * last one (or on a page of notes) to the next screen.
     */
    private boolean enter(Node target) {
        if (target instanceof ButtonBase button && !(target instanceof javafx.scene.control.CheckBox)
                && !(target instanceof javafx.scene.control.RadioButton)) {
            button.fire();
            return true;
        }
        if (content == null || target == null) {
            return false;
        }
        if (content.focusOrder().isEmpty()) {
            next();
            return true;
        }
        if (target instanceof TextArea || target instanceof ComboBox<?> combo && combo.isShowing()) {
            return false;
        }
        String ref = content.refContaining(target);
        if (ref == null) {
            return false;
        }
        List<Node> order = content.focusOrder();
        int index = order.indexOf(content.focusTargetOf(ref));
        String nextRef = index >= 0 && index + 1 < order.size() ? content.refContaining(order.get(index + 1)) : null;
        content.commitAll();
        if (model.problems().get(ref) != null) {
            return true;
        }
        if (nextRef == null) {
            next();
        } else {
            Platform.runLater(() -> {
                Node nextTarget = content == null ? null : content.focusTargetOf(nextRef);
                if (nextTarget != null) {
                    nextTarget.requestFocus();
                }
            });
        }
        return true;
    }

    /** One outline line: indented by depth, answered questions ticked. */
    private static final class OutlineCell extends ListCell<OutlineEntry> {
        @Override
        protected void updateItem(OutlineEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                getStyleClass().removeAll("outline-group", "outline-answered");
                return;
            }
            setText(item.label().isBlank() ? "…" : item.label());
            // Long questions wrap inside the outline's width instead of running off its edge.
            setWrapText(true);
            if (!prefWidthProperty().isBound() && getListView() != null) {
                prefWidthProperty().bind(getListView().widthProperty().subtract(20));
                setMaxWidth(Region.USE_PREF_SIZE);
            }
            setPadding(new Insets(3, 6, 3, 6 + 14 * item.depth()));
            getStyleClass().removeAll("outline-group", "outline-answered");
            if (item.kind() == OutlineEntry.Kind.QUESTION) {
                FontIcon icon = new FontIcon(item.answered() ? MaterialDesignC.CHECK_CIRCLE
                        : MaterialDesignC.CIRCLE_OUTLINE);
                icon.getStyleClass().add(item.answered() ? "outline-answered-icon" : "outline-open-icon");
                setGraphic(icon);
                if (item.answered()) {
                    getStyleClass().add("outline-answered");
                }
            } else {
                setGraphic(null);
                getStyleClass().add("outline-group");
            }
        }
    }
}
