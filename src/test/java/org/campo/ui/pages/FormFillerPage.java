package org.campo.ui.pages;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The form filler, driven the way an enumerator drives it: mostly from the keyboard. Questions
 * are named by their XLSForm name (with {@code -n} for the n-th repeat), never by label, so the
 * same steps work in either language.
 */
public final class FormFillerPage extends Page {

    FormFillerPage(FxRobot robot) {
        super(robot);
        waitFor("#form-filler");
    }

    /** The filler, once it is showing (opened from anywhere, e.g. Home's next-survey button). */
    public static FormFillerPage showing(FxRobot robot) {
        return new FormFillerPage(robot);
    }

    /** Waits until question {@code name} is on screen. */
    public FormFillerPage at(String name) {
        waitFor("#question-" + name);
        return this;
    }

    public String label(String name) {
        String text = robot.lookup("#label-" + name).queryAs(Label.class).getText();
        return text.endsWith(" *") ? text.substring(0, text.length() - 2) : text;
    }

    /** Types into a text or number question and presses Enter (saves, then moves on). */
    public FormFillerPage answer(String name, String text) {
        robot.clickOn("#q-" + name);
        robot.interact(() -> robot.lookup("#q-" + name).queryAs(TextInputControl.class).clear());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types into a multi-line question (Enter there adds a line, so nothing else is pressed). */
    public FormFillerPage typeNotes(String name, String text) {
        robot.clickOn("#q-" + name);
        robot.write(text);
        return this;
    }

    public String value(String name) {
        return robot.lookup("#q-" + name).queryAs(TextInputControl.class).getText();
    }

    /** Picks a choice with the mouse (scrolling it into view first); ticks a box of a select_multiple. */
    public FormFillerPage choose(String name, String value) {
        reveal("#q-" + name + "-" + value);
        robot.clickOn("#q-" + name + "-" + value);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Picks the n-th choice of the focused select with a digit key. */
    public FormFillerPage pressDigit(int n) {
        robot.type(KeyCode.valueOf("DIGIT" + n));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean isChosen(String name, String value) {
        return robot.lookup("#q-" + name + "-" + value).queryAs(RadioButton.class).isSelected();
    }

    public boolean hasChoice(String name, String value) {
        return robot.lookup("#q-" + name + "-" + value).tryQuery().isPresent();
    }

    /** The red message beside a question, or null when none is shown. */
    public String problem(String name) {
        return robot.lookup("#problem-" + name).tryQuery().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).orElse(null);
    }

    public FormFillerPage nextScreen() {
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public FormFillerPage previousScreen() {
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public FormFillerPage language(String language) {
        robot.interact(() -> robot.lookup("#filler-language").queryAs(ComboBox.class).setValue(language));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** At an "Add another …?" screen: its question. */
    public String addRepeatQuestion() {
        waitFor("#add-repeat-question");
        return text("#add-repeat-question");
    }

    public FormFillerPage addRepeat() {
        robot.clickOn("#add-repeat-yes");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public FormFillerPage declineRepeat() {
        robot.clickOn("#add-repeat-no");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Ctrl+Enter: finalize. */
    public FormFillerPage finalizeWithKeyboard() {
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Ctrl+S: save, returns the confirmation shown. */
    public String saveWithKeyboard() {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return notice();
    }

    public String notice() {
        return text("#filler-notice");
    }

    // ---- screen by screen, as an enumerator reads it ---------------------------------------------

    /** What a question on screen asks for, from the widget it shows. */
    public enum Kind { NOTE, TEXT, NOTES, DATE, SELECT_ONE, SELECT_MULTIPLE, OTHER }

    /** The names of the questions (and notes) on the current screen, top to bottom. */
    public List<String> questions() {
        return robot.lookup(".question").queryAll().stream().filter(Node::isVisible)
                .map(Node::getId).filter(id -> id != null && id.startsWith("question-"))
                .map(id -> id.substring("question-".length())).toList();
    }

    public Kind kind(String name) {
        if (robot.lookup("#label-" + name).query().getStyleClass().contains("note-label")) {
            return Kind.NOTE;
        }
        Node node = robot.lookup("#q-" + name).tryQuery().orElse(null);
        if (node instanceof DatePicker) {
            return Kind.DATE;
        }
        if (node instanceof javafx.scene.control.TextArea) {
            return Kind.NOTES;
        }
        if (node instanceof TextInputControl) {
            return Kind.TEXT;
        }
        if (node instanceof javafx.scene.Parent parent) {
            if (parent.getChildrenUnmodifiable().stream().anyMatch(RadioButton.class::isInstance)) {
                return Kind.SELECT_ONE;
            }
            if (parent.getChildrenUnmodifiable().stream().anyMatch(CheckBox.class::isInstance)) {
                return Kind.SELECT_MULTIPLE;
            }
        }
        return Kind.OTHER;
    }

    /** The values offered by a select question, in order. */
    public List<String> choices(String name) {
        String prefix = "q-" + name + "-";
        return robot.lookup("#q-" + name).queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ToggleButton || n instanceof CheckBox)
                .map(Node::getId).filter(id -> id != null && id.startsWith(prefix))
                .map(id -> id.substring(prefix.length())).toList();
    }

    /** Whether choice {@code value} of a select (one or multiple) is ticked. */
    public boolean isTicked(String name, String value) {
        Node node = robot.lookup("#q-" + name + "-" + value).query();
        return node instanceof CheckBox c ? c.isSelected() : ((RadioButton) node).isSelected();
    }

    /** Whether a text, number or date question already shows a value (a default or a prefilled code). */
    public boolean hasValue(String name) {
        Node node = robot.lookup("#q-" + name).query();
        if (node instanceof DatePicker date) {
            return date.getValue() != null;
        }
        String text = ((TextInputControl) node).getText();
        return text != null && !text.isBlank();
    }

    /**
     * Types into a text, number, date or multi-line question (clicking it first unless it has the
     * focus), replacing what it showed; nothing else is pressed.
     */
    public FormFillerPage fillIn(String name, String text) {
        reveal("#q-" + name);
        Node node = robot.lookup("#q-" + name).query();
        TextInputControl input = node instanceof DatePicker date ? date.getEditor() : (TextInputControl) node;
        if (!input.isFocused()) {
            robot.clickOn(input);
        }
        robot.interact(input::clear);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public boolean atEnd() {
        return isShowing("#end-screen");
    }

    public boolean atAddRepeat() {
        return isShowing("#add-repeat");
    }

    /**
     * Moves to the next screen the way an enumerator does: PgDn when a question has the focus,
     * else (a screen with only a note, or PgDn not taken) a click on Next. Waits until another
     * screen is shown and fails naming the problems shown beside the questions when the filler
     * keeps the screen.
     */
    public FormFillerPage nextScreenExpectingChange() {
        Node before = currentScreenNode();
        if (!(focusInScreen() && nextScreen().screenChanges(before, 1))) {
            robot.clickOn("#filler-next");
            if (!screenChanges(before, 5)) {
                List<String> problems = questions().stream().filter(q -> problem(q) != null)
                        .map(q -> q + ": " + problem(q)).toList();
                throw new AssertionError("the filler stayed on " + questions() + "; problems " + problems);
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private boolean screenChanges(Node before, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> currentScreenNode() != before);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private boolean focusInScreen() {
        return isFocusWithin(robot.lookup("#filler-scroll").queryAs(ScrollPane.class).getContent());
    }

    private boolean isFocusWithin(Node container) {
        Node focused = container.getScene() == null ? null : container.getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * Picks (or, in a select_multiple, ticks) a choice with its digit key when the question has
     * the focus and the choice is among the first nine, else with the mouse.
     */
    public FormFillerPage pick(String name, String value) {
        int index = choices(name).indexOf(value);
        if (index >= 0 && index < 9 && isFocusWithin(robot.lookup("#q-" + name).query())) {
            return pressDigit(index + 1);
        }
        return choose(name, value);
    }

    private Node currentScreenNode() {
        ScrollPane scroll = robot.lookup("#filler-scroll").queryAs(ScrollPane.class);
        javafx.scene.Parent box = (javafx.scene.Parent) scroll.getContent();
        return box.getChildrenUnmodifiable().isEmpty() ? box : box.getChildrenUnmodifiable().get(0);
    }

    /** At the end screen: clicks Finalize and returns the confirmation shown there. */
    public String finalizeAtEnd() {
        waitFor("#end-finalize");
        robot.clickOn("#end-finalize");
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> !text("#end-finalized").isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("not finalized; notice: " + notice(), e);
        }
        return text("#end-finalized");
    }

    /** After finalizing at the end screen: back to the Forms section. */
    public FormsPage backFromEnd() {
        waitFor("#end-back");
        robot.clickOn("#end-back");
        return new FormsPage(robot);
    }

    /** Scrolls the screen so the node matching {@code query} is in view, as a user scrolls before clicking. */
    private void reveal(String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroll = robot.lookup("#filler-scroll").queryAs(ScrollPane.class);
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double height = content.getBoundsInLocal().getHeight();
            double view = scroll.getViewportBounds().getHeight();
            if (height > view) {
                double v = (bounds.getMinY() - view / 3) / (height - view);
                scroll.setVvalue(Math.max(0, Math.min(1, v)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- keys wherever the focus is --------------------------------------------------------------

    /** Presses one key, wherever the focus is, and waits for the screen to settle. */
    public FormFillerPage press(KeyCode key) {
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Types text at the focus, without clicking anything first. */
    public FormFillerPage write(String text) {
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Puts the keyboard focus on the study header's Lock button, as a stray click or Tab could. */
    public FormFillerPage focusLockButton() {
        robot.interact(() -> robot.lookup("#lock-button").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Whether the filler is still showing inside the unlocked study. */
    public boolean isFilling() {
        return isShowing("#form-filler") && isShowing("#lock-button") && !isShowing("#unlock");
    }

    /** The question (by name) holding the keyboard focus, or null when the focus is elsewhere. */
    public String focusedQuestion() {
        // the filler moves the focus once the page is laid out; on a busy machine that comes a little later
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> currentQuestion() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        }
        return currentQuestion();
    }

    private String currentQuestion() {
        Node focused = robot.lookup("#form-filler").query().getScene().getFocusOwner();
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n.getId() != null && n.getId().startsWith("question-")) {
                return n.getId().substring("question-".length());
            }
        }
        return null;
    }

    /** Whether the keyboard focus is inside the filler's screen (a question, or a page of notes). */
    public boolean focusIsOnScreen() {
        return focusInScreen() || robot.lookup("#filler-scroll").queryAs(ScrollPane.class).getContent().isFocused();
    }

    /** The date a date question holds (null when none). */
    public java.time.LocalDate date(String name) {
        return robot.lookup("#q-" + name).queryAs(DatePicker.class).getValue();
    }

    /** What a date field shows. */
    public String dateText(String name) {
        return robot.lookup("#q-" + name).queryAs(DatePicker.class).getEditor().getText();
    }

    @SuppressWarnings("unchecked")
    public String comboValue(String name) {
        Object value = robot.lookup("#q-" + name).queryAs(ComboBox.class).getValue();
        return value == null ? null : ((org.campo.form.runtime.ChoiceOption) value).value();
    }

    public boolean isAcknowledged(String name) {
        return robot.lookup("#q-" + name).queryAs(CheckBox.class).isSelected();
    }

    public String endMessage() {
        return text("#end-finalized");
    }

    public FormsPage backToForms() {
        robot.clickOn("#filler-close");
        return new FormsPage(robot);
    }
}
