package org.campo.ui.pages;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The coding workbench, driven from the keyboard. */
public final class WorkbenchPage extends Page {

    WorkbenchPage(FxRobot robot) {
        super(robot);
        waitFor("#qda-workbench");
        waitFor("#qda-text");
    }

    private InlineCssTextArea area() {
        return robot.lookup("#qda-text").queryAs(InlineCssTextArea.class);
    }

    public String text() {
        return area().getText();
    }

    /** Moves to the start of the text and selects {@code length} characters after {@code offset}, with arrow keys. */
    public WorkbenchPage selectWithKeyboard(int offset, int length) {
        robot.clickOn("#qda-text");
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        for (int i = 0; i < offset; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < length; i++) {
            robot.type(KeyCode.RIGHT);
        }
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String selectedText() {
        return area().getSelectedText();
    }

    /** Presses a code's number key. */
    public WorkbenchPage pressShortcut(int digit) {
        robot.type(KeyCode.getKeyCode(Integer.toString(digit)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Ctrl+K, the code's name, Enter. */
    public WorkbenchPage codeByName(String name) {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write(name);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** How many coding stripes the margin shows. */
    public int stripes() {
        return robot.lookup("#qda-text .coding-stripe").queryAll().size();
    }

    /** Ctrl+M, the memo, Enter. */
    public WorkbenchPage addMemo(String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<String> memos() {
        ListView<org.campo.model.Memo> list = robot.lookup("#qda-memos").queryAs(ListView.class);
        return list.getItems().stream().map(org.campo.model.Memo::text).toList();
    }

    /** Ctrl+R: the segments of the selected code, as "case · coder · path" and the words. */
    @SuppressWarnings("unchecked")
    public List<String> retrieve() {
        robot.clickOn("#qda-text");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<org.campo.qda.Segment> list = robot.lookup("#qda-segments").queryAs(ListView.class);
        return list.getItems().stream().map(s -> s.caseCode() + "|" + s.coderName() + "|" + s.codePath() + "|"
                + s.text()).toList();
    }

    /** Ctrl+F, the words, Enter: the hits are listed and the first one is selected. */
    public WorkbenchPage search(String words) {
        robot.clickOn("#qda-text");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(words);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The hits listed, as "case|source|memo?|match". */
    @SuppressWarnings("unchecked")
    public List<String> hits() {
        ListView<org.campo.qda.SearchHit> list = robot.lookup("#qda-search-results").queryAs(ListView.class);
        return list.getItems().stream().map(h -> h.caseCode() + "|" + h.sourceName() + "|"
                + (h.inMemo() ? "memo" : "text") + "|" + h.match()).toList();
    }

    public String searchSummary() {
        return text("#qda-search-summary");
    }

    /** From the list of hits (where the search leaves the focus): Down {@code downs} times, then Enter. */
    public WorkbenchPage openHit(int downs) {
        for (int i = 0; i < downs; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Tab from the list of hits to the code field, the code's name, Enter. */
    public WorkbenchPage codeAllHits(String code) {
        robot.clickOn("#qda-search-results");
        robot.type(KeyCode.TAB);
        robot.write(code);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String message() {
        return text("#qda-message");
    }
}
