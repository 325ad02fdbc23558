package org.campo.ui.pages;

import org.testfx.api.FxRobot;

/** The unlocked study: header and navigation. */
public final class StudyHomePage extends Page {

    public StudyHomePage(FxRobot robot) {
        super(robot);
        waitFor("#study-home");
    }

    public String studyName() {
        return text("#header-study");
    }

    public String userAndRole() {
        return text("#header-user");
    }

    public String navigationLabel(String sectionId) {
        return text("#nav-" + sectionId);
    }

    public UnlockPage lock() {
        robot.clickOn("#lock-button");
        return new UnlockPage(robot);
    }

    public SettingsPage openSettings() {
        robot.clickOn("#nav-settings");
        return new SettingsPage(robot);
    }

    public WorkbenchPage openWorkbench() {
        robot.clickOn("#nav-analysis");
        return new WorkbenchPage(robot);
    }

    public AuditPage openAudit() {
        robot.clickOn("#nav-audit");
        return new AuditPage(robot);
    }

    /** Presses a key where the focus is, as a user at the keyboard does. */
    public StudyHomePage press(javafx.scene.input.KeyCode key) {
        robot.type(key);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The id of the node that has the keyboard focus, or its nearest ancestor's with an id. */
    public String focusedId() {
        javafx.scene.Node n = robot.lookup("#study-home").query().getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }

    /** Whether the focus is inside the open section rather than in the navigation or header. */
    public boolean focusInSection() {
        javafx.scene.Node n = robot.lookup("#study-home").query().getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("section-content")) {
                return true;
            }
        }
        return false;
    }

    public boolean selected(String sectionId) {
        return robot.lookup("#nav-" + sectionId).queryAs(javafx.scene.control.ToggleButton.class).isSelected();
    }

    public boolean emptyStateShownFor(String sectionId) {
        robot.clickOn("#nav-" + sectionId);
        waitFor("#empty-section");
        return true;
    }
}
