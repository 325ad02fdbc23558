package org.campo.ui.pages;

import java.util.List;
import javafx.scene.control.TableView;
import org.campo.model.SubmissionSummary;
import org.testfx.api.FxRobot;

/** The Forms section: forms, their submissions, new/open/preview. */
public final class FormsPage extends Page {

    FormsPage(FxRobot robot) {
        super(robot);
        waitFor("#forms-table");
    }

    /** Opens the Forms section from the study's navigation. */
    public static FormsPage open(FxRobot robot) {
        robot.clickOn("#nav-forms");
        return new FormsPage(robot);
    }

    /** Selects a form in the list by clicking its row (found by its form id). */
    public FormsPage select(String formId) {
        javafx.scene.Node cell = robot.lookup("#forms-table .table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Labeled l && formId.equals(l.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("form not listed: " + formId));
        robot.clickOn(cell);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public FormFillerPage newSubmission() {
        robot.clickOn("#forms-new");
        return new FormFillerPage(robot);
    }

    public FormFillerPage preview() {
        robot.clickOn("#forms-preview");
        return new FormFillerPage(robot);
    }

    @SuppressWarnings("unchecked")
    public List<SubmissionSummary> submissions() {
        return List.copyOf(robot.lookup("#submissions-table").queryAs(TableView.class).getItems());
    }

    /** Opens the newest submission (the list is newest first). */
    public FormFillerPage openNewestSubmission() {
        robot.interact(() -> robot.lookup("#submissions-table").queryAs(TableView.class).getSelectionModel()
                .select(0));
        robot.clickOn("#forms-open");
        return new FormFillerPage(robot);
    }
}
