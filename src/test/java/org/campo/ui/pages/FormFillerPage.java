package org.campo.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextInputControl;
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

    /** Picks a choice with the mouse. */
    public FormFillerPage choose(String name, String value) {
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

    public FormsPage backToForms() {
        robot.clickOn("#filler-close");
        return new FormsPage(robot);
    }
}
