package org.campo.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.campo.collect.ShiftRecord;
import org.campo.model.Site;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Sites section: the points, the chosen point's shifts, editing, retiring and adding. */
public final class SitesPage extends Page {

    SitesPage(FxRobot robot) {
        super(robot);
        waitFor("#sites-table");
    }

    public static SitesPage open(FxRobot robot) {
        robot.clickOn("#nav-sites");
        return new SitesPage(robot);
    }

    @SuppressWarnings("unchecked")
    public List<Site> sites() {
        return List.copyOf(robot.lookup("#sites-table").queryAs(TableView.class).getItems());
    }

    /** Chooses a point by clicking its row. */
    @SuppressWarnings("unchecked")
    public SitesPage choose(String code) {
        TableView<Site> table = robot.lookup("#sites-table").queryAs(TableView.class);
        Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof Site s && s.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no point " + code));
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The chosen point's shifts, newest first. */
    @SuppressWarnings("unchecked")
    public List<ShiftRecord> shifts() {
        tab("sites-tab-shifts");
        return List.copyOf(robot.lookup("#sites-shifts").queryAs(TableView.class).getItems());
    }

    /** Types a new name for the chosen point and saves it. */
    public SitesPage rename(String name) {
        tab("sites-tab-edit");
        TextField field = robot.lookup("#site-edit-name").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(name);
        robot.clickOn("#site-save");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses Retire (or Reactivate, for a retired point) with the keyboard. */
    public SitesPage toggleRetired() {
        tab("sites-tab-edit");
        robot.clickOn("#site-edit-name");
        robot.push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB).push(KeyCode.TAB);
        if (!robot.lookup("#site-retire").query().isFocused()) {
            throw new AssertionError("Retire is not reached with Tab from the name field");
        }
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String retireLabel() {
        return text("#site-retire");
    }

    public String result() {
        return robot.lookup("#site-result").queryAs(Label.class).getText();
    }

    private void tab(String id) {
        robot.clickOn(robot.lookup(".tab").queryAll().stream().filter(n -> id.equals(n.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + id)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
