package org.campo.ui.forms;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * A {@code table-list} group: the choices are the columns and each question is a row, the
 * compact grid enumerators know from paper forms ("which of these services did you use?").
 * Problems show at the end of their row.
 */
final class TableListGrid extends GridPane {
    private final Map<String, Label> problems = new HashMap<>();
    private final List<Node> focusTargets = new ArrayList<>();

    TableListGrid(Prompt header, List<Prompt> rows, AnswerSink sink) {
        setHgap(18);
        setVgap(8);
        setId("table-" + Prompts.name(header));
        getStyleClass().add("table-list");
        if (header.label() != null && !header.label().isBlank()) {
            Label title = new Label(header.label());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            add(title, 0, 0);
        }
        List<ChoiceOption> columns = header.choices().isEmpty() && !rows.isEmpty() ? rows.get(0).choices()
                : header.choices();
        for (int c = 0; c < columns.size(); c++) {
            Label col = new Label(SelectOneWidget.label(columns.get(c)));
            col.setWrapText(true);
            col.setMaxWidth(120);
            col.getStyleClass().add(Styles.TEXT_MUTED);
            GridPane.setHalignment(col, HPos.CENTER);
            add(col, c + 1, 0);
        }
        for (int r = 0; r < rows.size(); r++) {
            addRow(rows.get(r), r + 1, sink);
        }
    }

    private void addRow(Prompt prompt, int row, AnswerSink sink) {
        Label label = new Label(prompt.label() + (prompt.required() ? " *" : ""));
        label.setWrapText(true);
        label.setMaxWidth(320);
        add(label, 0, row);
        boolean multiple = prompt.type() == PromptType.SELECT_MULTIPLE;
        List<String> chosen = prompt.answer().map(a -> Arrays.asList(a.toXFormValue().split(" "))).orElse(List.of());
        ToggleGroup group = new ToggleGroup();
        List<ButtonBase> cells = new ArrayList<>();
        for (int c = 0; c < prompt.choices().size(); c++) {
            ChoiceOption option = prompt.choices().get(c);
            ButtonBase cell;
            if (multiple) {
                CheckBox check = new CheckBox();
                check.setSelected(chosen.contains(option.value()));
                check.selectedProperty().addListener((obs, was, now) -> sendMultiple(prompt, cells, sink));
                cell = check;
            } else {
                RadioButton radio = new RadioButton();
                radio.setToggleGroup(group);
                radio.setSelected(chosen.contains(option.value()));
                cell = radio;
            }
            cell.setId("q-" + Prompts.name(prompt) + "-" + option.value());
            cell.setUserData(option.value());
            cell.setDisable(prompt.readOnly());
            GridPane.setHalignment(cell, HPos.CENTER);
            cells.add(cell);
            add(cell, c + 1, row);
        }
        if (!multiple) {
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    sink.answer(prompt.ref(), new Answer.Choice((String) now.getUserData()));
                }
            });
        }
        for (ButtonBase cell : cells) {
            cell.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int index = ChoiceKeys.indexOf(e);
                if (index >= 0 && index < cells.size()) {
                    ButtonBase target = cells.get(index);
                    if (target instanceof RadioButton radio) {
                        radio.setSelected(true);
                    } else if (target instanceof CheckBox check) {
                        check.setSelected(!check.isSelected());
                    }
                    target.requestFocus();
                    e.consume();
                }
            });
        }
        if (!cells.isEmpty()) {
            focusTargets.add(cells.get(0));
        }
        Label problem = new Label();
        problem.setId("problem-" + Prompts.name(prompt));
        problem.getStyleClass().addAll("question-problem", Styles.DANGER);
        problem.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problem.setVisible(false);
        problem.setWrapText(true);
        problem.setMaxWidth(260);
        problems.put(prompt.ref(), problem);
        add(problem, prompt.choices().size() + 1, row);
    }

    private static void sendMultiple(Prompt prompt, List<ButtonBase> cells, AnswerSink sink) {
        List<String> values = cells.stream().filter(c -> ((CheckBox) c).isSelected())
                .map(c -> (String) c.getUserData()).toList();
        if (values.isEmpty()) {
            sink.clear(prompt.ref());
        } else {
            sink.answer(prompt.ref(), new Answer.Choices(values));
        }
    }

    /** The first control of each row, in order, for Enter to move through. */
    List<Node> focusTargets() {
        return focusTargets;
    }

    boolean showProblem(String ref, String message) {
        Label label = problems.get(ref);
        if (label == null) {
            return false;
        }
        label.setText(message == null ? "" : message);
        label.setVisible(message != null);
        return true;
    }
}
