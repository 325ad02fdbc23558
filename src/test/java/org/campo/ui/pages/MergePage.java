package org.campo.ui.pages;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.campo.merge.MergeService;
import org.campo.ui.merge.MergeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Merge section, driven with the keyboard: Ctrl+O adds packages, arrows and Space tick them,
 * Shift+Tab reaches Import, Ctrl+2 and Ctrl+3 show the conflicts and the merges done, Tab reaches
 * "Keep this version".
 */
public final class MergePage extends Page {

    MergePage(FxRobot robot) {
        super(robot);
        waitFor("#merge");
    }

    /** Opens the section from the navigation (the frame's, not this screen's, controls). */
    public static MergePage open(FxRobot robot) {
        robot.clickOn("#nav-merge");
        return new MergePage(robot);
    }

    /** Ctrl+O; the files are whatever the scripted chooser answers. Waits until {@code expected} packages are listed. */
    public MergePage addPackages(int expected) {
        robot.push(KeyCode.SHORTCUT, KeyCode.O);
        until(() -> packages().getItems().size() == expected, "packages listed: " + expected);
        return this;
    }

    @SuppressWarnings("unchecked")
    private ListView<MergeViewModel.PackageRow> packages() {
        return robot.lookup("#merge-packages").queryAs(ListView.class);
    }

    public List<MergeService.PackageStatus> statuses() {
        return packages().getItems().stream().map(MergeViewModel.PackageRow::status).toList();
    }

    public List<Boolean> ticked() {
        return packages().getItems().stream().map(r -> r.selected().get()).toList();
    }

    public List<MergeViewModel.Outcome> outcomes() {
        return packages().getItems().stream().map(r -> r.outcomeKindProperty().get()).toList();
    }

    /** What the row shows (file, status, origin, contents, chain, refusal, outcome), as read on screen. */
    public String rowText(int index) {
        List<String> texts = robot.lookup("#merge-packages .list-cell").queryAll().stream()
                .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getIndex() == index)
                .flatMap(cell -> robot.from(cell).lookup(".label").queryAll().stream())
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
        return String.join("\n", texts);
    }

    /** Moves the focus in the list with the arrow keys to {@code index} and presses Space. */
    public MergePage toggle(int index) {
        focusPackages();
        int at = packages().getFocusModel().getFocusedIndex();
        KeyCode key = index > at ? KeyCode.DOWN : KeyCode.UP;
        for (int i = 0; i < Math.abs(index - at); i++) {
            robot.type(key);
        }
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private void focusPackages() {
        expectFocus("#merge-packages", "the package list");
    }

    /** The node {@code query} finds owns the keyboard focus (waiting for the focus to settle). */
    private void expectFocus(String query, String what) {
        Node node = robot.lookup(query).query();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> node.getScene().getFocusOwner() == node);
        } catch (TimeoutException e) {
            throw new AssertionError(what + " does not have the keyboard focus: " + node.getScene().getFocusOwner(), e);
        }
    }

    /**
     * From the list, Shift+Tab reaches "Import ticked packages"; Space runs it. Waits for {@code imported}
     * outcomes; the focus is back in the list.
     */
    public MergePage importTicked(int imported) {
        focusPackages();
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        expectFocus("#merge-import", "Import (Shift+Tab from the list)");
        robot.type(KeyCode.SPACE);
        until(() -> outcomes().stream().filter(java.util.Objects::nonNull).count() == imported,
                "packages imported: " + imported);
        return this;
    }

    public String report() {
        WaitForAsyncUtils.waitForFxEvents();
        return text("#merge-report");
    }

    /** Ctrl+2. */
    public MergePage showConflicts() {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        until(() -> tabs().getSelectionModel().getSelectedIndex() == 1, "conflicts shown");
        return this;
    }

    /** Ctrl+3. */
    public MergePage showHistory() {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        until(() -> tabs().getSelectionModel().getSelectedIndex() == 2, "history shown");
        return this;
    }

    private TabPane tabs() {
        return robot.lookup("#merge-tabs").queryAs(TabPane.class);
    }

    @SuppressWarnings("unchecked")
    public List<MergeService.ConflictDetail> conflicts() {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#merge-conflicts").queryAs(ListView.class).getItems());
    }

    /** The differing answers shown for the selected conflict, one "question: kept | other" line each. */
    @SuppressWarnings("unchecked")
    public List<String> differences() {
        TableView<MergeService.AnswerDifference> table = robot.lookup("#merge-differences").queryAs(TableView.class);
        return table.getItems().stream().map(d -> d.question() + ": " + d.kept() + " | " + d.other()).toList();
    }

    /**
     * From the conflict list, Tab reaches "Keep this version" under the version already here, Tab
     * again the one under the version that came in; Space presses it. The confirmation is scripted.
     */
    public MergePage keepVersionThatCameIn() {
        expectFocus("#merge-conflicts", "the conflict list");
        int before = conflicts().size();
        robot.type(KeyCode.TAB, KeyCode.TAB);
        expectFocus("#merge-keep-other", "the second \"Keep this version\" (Tab, Tab from the list)");
        robot.type(KeyCode.SPACE);
        until(() -> conflicts().size() == before - 1, "conflict resolved");
        return this;
    }

    public int historyRows() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#merge-history").queryAs(TableView.class).getItems().size();
    }

    private static void until(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + TIMEOUT_SECONDS + " s: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
