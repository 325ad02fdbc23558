package org.campo.ui.pages;

import java.util.List;
import javafx.scene.control.TableView;
import org.campo.store.SubmissionSummary;
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
