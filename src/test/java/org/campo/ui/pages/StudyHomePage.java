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

    public boolean emptyStateShownFor(String sectionId) {
        robot.clickOn("#nav-" + sectionId);
        waitFor("#empty-section");
        return true;
    }
}
