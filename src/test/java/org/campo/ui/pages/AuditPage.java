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

    /** What each shown entry says (the Event column), newest first. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> sentences() {
        TableView<org.campo.audit.AuditEntry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        var column = (javafx.scene.control.TableColumn<org.campo.audit.AuditEntry, String>) table.getColumns()
                .get(table.getColumns().size() - 1);
        return table.getItems().stream().map(e -> column.getCellData(e)).toList();
    }

    public static AuditPage open(FxRobot robot) {
        robot.clickOn("#nav-audit");
        return new AuditPage(robot);
    }

    /** Runs Verify and returns the verdict sentence. */
    public String verify() {
        robot.clickOn("#audit-verify");
        waitFor("#audit-result .label");
        VBox result = robot.lookup("#audit-result").queryAs(VBox.class);
        return ((Label) result.getChildren().get(0)).getText();
    }
}
