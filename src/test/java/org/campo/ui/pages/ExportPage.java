package org.campo.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.campo.qda.refi.LineEndings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Export section, as far as the REFI-QDA project card goes: options, export, import, report. */
public final class ExportPage extends Page {

    ExportPage(FxRobot robot) {
        super(robot);
        waitFor("#refi-card");
    }

    public static ExportPage open(FxRobot robot) {
        robot.clickOn("#nav-export");
        return new ExportPage(robot);
    }

    @SuppressWarnings("unchecked")
    public ExportPage lineEndings(LineEndings endings) {
        ComboBox<LineEndings> combo = robot.lookup("#refi-line-endings").queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(endings));
        return this;
    }

    /** Exports the project (the file is whatever the scripted dialog answers) and waits for the report. */
    public ExportPage exportProject() {
        scrollToCard();
        robot.clickOn("#refi-export");
        waitFor("#refi-report .label");
        return this;
    }

    /** Imports a project (file and confirmation as the scripted dialogs answer) and waits for the report. */
    public ExportPage importProject() {
        robot.interact(() -> ((VBox) robot.lookup("#refi-report").query()).getChildren().clear());
        scrollToCard();
        robot.clickOn("#refi-import");
        waitFor("#refi-report .label");
        return this;
    }

    /** The card sits below the dataset and summary cards: scroll down to it as a user does. */
    private void scrollToCard() {
        ScrollPane pane = robot.lookup("#export").queryAs(ScrollPane.class);
        robot.interact(() -> pane.setVvalue(pane.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public List<String> report() {
        WaitForAsyncUtils.waitForFxEvents();
        VBox box = robot.lookup("#refi-report").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    public boolean offersSensitiveChoice() {
        return robot.lookup("#refi-sensitive").tryQuery().filter(Node::isVisible).isPresent();
    }
}
