package org.campo.ui.forms;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.campo.form.runtime.Prompt;

/**
 * Text, integer, decimal and barcode questions typed into a field. Notes-style questions
 * ({@code multiline} appearance) get a text area, where Enter adds a line and Tab moves on.
 */
final class TextWidget implements PromptWidget {
    private final Prompt prompt;
    private final AnswerSink sink;
    private final TextInputControl input;
    private String committed;

    TextWidget(Prompt prompt, AnswerSink sink) {
        this.prompt = prompt;
        this.sink = sink;
        this.input = Appearances.has(prompt, "multiline") ? multiline() : new TextField();
        input.setId("q-" + Prompts.name(prompt));
        input.getStyleClass().add("prompt-input");
        committed = prompt.answer().map(a -> a.toXFormValue()).orElse("");
        input.setText(committed);
        input.setEditable(!prompt.readOnly());
        if (input instanceof TextField field) {
            field.setPrefColumnCount(prompt.type() == org.campo.form.runtime.PromptType.TEXT ? 30 : 10);
            field.setMaxWidth(prompt.type() == org.campo.form.runtime.PromptType.TEXT ? 520 : 180);
        }
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    private TextArea multiline() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setMaxWidth(720);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                commit();
                var skin = area.getSkin();
                if (skin != null) {
                    area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                            false, false));
                }
            }
        });
        return area;
    }

    @Override
    public Node node() {
        return input;
    }

    @Override
    public Node focusTarget() {
        return input;
    }

    @Override
    public void commit() {
        String text = input.getText() == null ? "" : input.getText();
        if (text.equals(committed) || prompt.readOnly()) {
            return;
        }
        if (sink.answerText(prompt.ref(), prompt.type(), text)) {
            committed = text;
        }
    }

    /** Whether Enter in this widget should move on (not in a text area, where it adds a line). */
    boolean enterMovesOn() {
        return input instanceof TextField;
    }
}
