package org.campo.ui.forms;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.ui.common.I18n;

/** An acknowledge (trigger) question: one checkbox, ticked means "OK". */
final class AcknowledgeWidget implements PromptWidget {
    private final CheckBox check = new CheckBox();

    AcknowledgeWidget(Prompt prompt, AnswerSink sink) {
        check.setId("q-" + Prompts.name(prompt));
        check.setText(I18n.get("ui.forms.acknowledge"));
        check.setSelected(prompt.answer().isPresent());
        check.setDisable(prompt.readOnly());
        check.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                sink.answer(prompt.ref(), new Answer.Acknowledged());
            } else {
                sink.clear(prompt.ref());
            }
        });
    }

    @Override
    public Node node() {
        return check;
    }

    @Override
    public Node focusTarget() {
        return check;
    }
}
