package org.campo.ui.pages;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.campo.ui.triangulation.TriangulationViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Triangulation section: the heat-map matrix, a cell's segments and its summary. */
public final class TriangulationPage extends Page {

    TriangulationPage(FxRobot robot) {
        super(robot);
        waitFor("#matrix-cell-0-0");
    }

    public static TriangulationPage open(FxRobot robot) {
        robot.clickOn("#nav-triangulation");
        return new TriangulationPage(robot);
    }

    /** What a cell reads ("2/3", or "—" for a silent group). */
    public String cell(int row, int column) {
        return robot.lookup("#matrix-cell-" + row + "-" + column).queryAs(Button.class).getText();
    }

    public TriangulationPage clickCell(int row, int column) {
        robot.clickOn("#matrix-cell-" + row + "-" + column);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String cellTitle() {
        return robot.lookup("#matrix-cell-title").queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    public List<TriangulationViewModel.SegmentLine> segments() {
        return List.copyOf(robot.lookup("#matrix-segments").queryAs(ListView.class).getItems());
    }

    public String summary() {
        return robot.lookup("#matrix-summary").queryAs(TextArea.class).getText();
    }

    /** Reads the analysis again, as after someone else's coding. */
    public TriangulationPage refresh() {
        robot.clickOn("#matrix-refresh");
        waitFor("#matrix-cell-0-0");
        return this;
    }

    public TriangulationPage writeSummary(String text) {
        TextArea area = robot.lookup("#matrix-summary").queryAs(TextArea.class);
        robot.clickOn(area);
        robot.write(text);
        robot.clickOn("#matrix-save-summary");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }
}
