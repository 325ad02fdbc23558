package org.campo.ui.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.form.runtime.Prompt;

/** A select_multiple question as checkboxes; digits 1–9 toggle the n-th; each tick is saved. */
final class SelectMultipleWidget implements PromptWidget {
    private final Pane box;
    private final List<CheckBox> boxes = new ArrayList<>();

    SelectMultipleWidget(Prompt prompt, AnswerSink sink) {
        boolean inRow = Appearances.has(prompt, "horizontal") || Appearances.has(prompt, "horizontal-compact");
        box = inRow ? new FlowPane(18, 8) : new VBox(6);
        box.setId("q-" + Prompts.name(prompt));
        List<String> chosen = prompt.answer().map(a -> Arrays.asList(a.toXFormValue().split(" "))).orElse(List.of());
        List<ChoiceOption> choices = prompt.choices();
        for (int i = 0; i < choices.size(); i++) {
            ChoiceOption option = choices.get(i);
            CheckBox check = new CheckBox((i < 9 ? (i + 1) + "  " : "") + SelectOneWidget.label(option));
            check.setId("q-" + Prompts.name(prompt) + "-" + option.value());
            check.setUserData(option.value());
            check.setSelected(chosen.contains(option.value()));
            check.setDisable(prompt.readOnly());
            check.setWrapText(true);
            check.selectedProperty().addListener((obs, was, now) -> {
                List<String> values = boxes.stream().filter(CheckBox::isSelected)
                        .map(c -> (String) c.getUserData()).toList();
                if (values.isEmpty()) {
                    sink.clear(prompt.ref());
                } else {
                    sink.answer(prompt.ref(), new Answer.Choices(values));
                }
            });
            boxes.add(check);
            box.getChildren().add(check);
        }
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int index = ChoiceKeys.indexOf(e);
            if (index >= 0 && index < boxes.size()) {
                CheckBox check = boxes.get(index);
                check.setSelected(!check.isSelected());
                check.requestFocus();
                e.consume();
            }
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return boxes.isEmpty() ? box : boxes.get(0);
    }
}
