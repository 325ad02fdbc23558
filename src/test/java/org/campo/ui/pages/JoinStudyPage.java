package org.campo.ui.pages;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The join-from-a-kit form, driven with the keyboard only (Tab to move, Space to press,
 * arrows to pick); the file choosers answer from the test's scripted dialogs.
 */
public final class JoinStudyPage extends Page {
    private static final int MAX_TABS = 30;

    JoinStudyPage(FxRobot robot) {
        super(robot);
        waitFor("#join-study-form");
    }

    /** Tabs until the node with {@code id} has the focus. */
    static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            Node focused = robot.lookup("#shell").query().getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void press(String id) {
        tabTo(robot, id);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeInto(String id, String text) {
        tabTo(robot, id);
        robot.write(text);
    }

    public JoinStudyPage chooseKit() {
        press("join-choose-kit");
        return this;
    }

    public String studyLine() {
        return text("#join-study-name");
    }

    public String keyLine() {
        return text("#join-key");
    }

    public String error() {
        return isShowing("#join-error") ? text("#join-error") : "";
    }

    /** Picks the kit member {@code userName} with the arrow keys. */
    public JoinStudyPage pickMember(String userName) {
        tabTo(robot, "join-user");
        ComboBox<?> combo = robot.lookup("#join-user").queryAs(ComboBox.class);
        for (int i = 0; i < combo.getItems().size() + 1 && !userName.equals(combo.getValue()); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (combo.isShowing()) {
            robot.type(KeyCode.ENTER);
        }
        return this;
    }

    public JoinStudyPage chooseFile() {
        press("join-choose-file");
        return this;
    }

    public JoinStudyPage passphrase(String passphrase) {
        typeInto("join-passphrase", passphrase);
        typeInto("join-confirmation", passphrase);
        return this;
    }

    public String strength() {
        return text("#join-strength");
    }

    public boolean canSubmit() {
        return !robot.lookup("#join").query().isDisabled();
    }

    /** Joins; the recovery key dialog is acknowledged by the scripted dialogs. */
    public StudyHomePage submit() {
        press("join");
        return new StudyHomePage(robot);
    }
}
