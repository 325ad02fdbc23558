package org.campo.ui.pages;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/** The Audit section. */
public final class AuditPage extends Page {

    AuditPage(FxRobot robot) {
        super(robot);
        waitFor("#audit");
    }

    public int rows() {
        return robot.lookup("#audit-table").queryAs(TableView.class).getItems().size();
    }

    /** Runs Verify and returns the verdict sentence. */
    public String verify() {
        robot.clickOn("#audit-verify");
        waitFor("#audit-result .label");
        VBox result = robot.lookup("#audit-result").queryAs(VBox.class);
        return ((Label) result.getChildren().get(0)).getText();
    }
}
