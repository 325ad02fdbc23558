package org.campo.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.campo.collect.SubmissionReviews.AnswerLine;
import org.campo.collect.SubmissionRow;
import org.campo.ui.data.DataViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Data section: filters, the submissions table, answers, correction, review and trail. */
public final class DataPage extends Page {

    DataPage(FxRobot robot) {
        super(robot);
        waitFor("#data-table");
    }

    public static DataPage open(FxRobot robot) {
        robot.clickOn("#nav-data");
        return new DataPage(robot);
    }

    @SuppressWarnings("unchecked")
    public DataPage site(String code) {
        ComboBox<String> combo = robot.lookup("#data-site").queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && code.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("site not offered: " + code)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** What the site and enumerator drop-downs show, as a user reads them. */
    @SuppressWarnings("unchecked")
    public List<String> filtersShown() {
        return java.util.stream.Stream.of("#data-site", "#data-enumerator")
                .map(q -> robot.lookup(q).queryAs(ComboBox.class).getButtonCell().getText()).toList();
    }

    /** Types a date into the From or To field as a user does, then Enter. */
    public DataPage dates(String from, String to) {
        typeDate("#data-from", from);
        typeDate("#data-to", to);
        return this;
    }

    private void typeDate(String query, String text) {
        DatePicker picker = robot.lookup(query).queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(picker.getEditor()::clear);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public DataPage search(String text) {
        robot.clickOn("#data-search");
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<SubmissionRow> rows() {
        return List.copyOf(robot.lookup("#data-table").queryAs(TableView.class).getItems());
    }

    /** Opens a submission (read-only) by clicking its row. */
    @SuppressWarnings("unchecked")
    public DataPage openRow(int index) {
        TableView<SubmissionRow> table = robot.lookup("#data-table").queryAs(TableView.class);
        Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index
                        && r.getItem() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + index + " in " + table.getItems()));
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (table.getSelectionModel().getSelectedIndex() != index) {
            throw new AssertionError("row " + index + " not selected by the click");
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<AnswerLine> answers() {
        return List.copyOf(robot.lookup("#data-answers").queryAs(TableView.class).getItems());
    }

    /** Corrects the answer to question {@code name}: selects it, types the new value and the reason, saves. */
    @SuppressWarnings("unchecked")
    public DataPage correct(String name, String value, String reason) {
        TableView<AnswerLine> table = robot.lookup("#data-answers").queryAs(TableView.class);
        int index = table.getItems().stream().map(AnswerLine::name).toList().indexOf(name);
        if (index < 0) {
            throw new AssertionError("no question " + name);
        }
        robot.interact(() -> table.scrollTo(index));
        Node row = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index).findFirst()
                .orElseThrow();
        robot.clickOn(row);
        TextField field = robot.lookup("#data-correct-value").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(value);
        robot.clickOn("#data-correct-reason").write(reason);
        robot.clickOn("#data-correct");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public String message() {
        return text("#data-message");
    }

    public DataPage review(boolean approve) {
        robot.clickOn(approve ? "#data-approve" : "#data-attention");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The selected submission's audit trail, as the sentences shown. */
    @SuppressWarnings("unchecked")
    public List<String> trail() {
        robot.clickOn(robot.lookup(".tab").queryAll().stream()
                .filter(n -> "data-tab-trail".equals(n.getId())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DataViewModel.TrailLine> table = robot.lookup("#data-trail").queryAs(TableView.class);
        return table.getItems().stream().map(t -> t.sentence().text()).toList();
    }
}
