package org.campo.ui.forms;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.ui.common.I18n;

/**
 * A note (the label says it all) or a question Campo cannot collect, which is shown and skipped
 * rather than blocking the interview. A calculated value in a note's answer is shown read-only.
 */
final class NoteWidget implements PromptWidget {
    private final Node node;

    NoteWidget(Prompt prompt) {
        if (prompt.type() == PromptType.UNSUPPORTED) {
            Label label = new Label(I18n.get("ui.forms.unsupported"));
            label.getStyleClass().add("text-muted");
            label.setWrapText(true);
            node = label;
        } else {
            Label value = new Label(prompt.answer().map(a -> a.toXFormValue()).orElse(""));
            value.setId("q-" + Prompts.name(prompt));
            value.getStyleClass().add("note-value");
            node = value.getText().isEmpty() ? new Region() : value;
            node.setId("q-" + Prompts.name(prompt));
        }
        node.setFocusTraversable(false);
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public Node focusTarget() {
        return null;
    }
}
