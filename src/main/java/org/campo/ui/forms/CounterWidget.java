package org.campo.ui.forms;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * An integer with the {@code counter} appearance: big − and + buttons for tallies at a border
 * post (people passing, vehicles), also driven by the + and − keys while the field has focus.
 * Each click is an answer and is saved at once, so a count survives a crash mid-shift.
 */
final class CounterWidget implements PromptWidget {
    private final Prompt prompt;
    private final AnswerSink sink;
    private final TextField field = new TextField();
    private final HBox box;
    private String committed;

    CounterWidget(Prompt prompt, AnswerSink sink) {
        this.prompt = prompt;
        this.sink = sink;
        String name = Prompts.name(prompt);
        field.setId("q-" + name);
        field.setPrefColumnCount(5);
        field.setAlignment(Pos.CENTER);
        field.getStyleClass().addAll("counter-value", Styles.TITLE_3);
        committed = prompt.answer().map(Answer::toXFormValue).orElse("");
        field.setText(committed);
        field.setEditable(!prompt.readOnly());
        Button minus = bigButton("q-" + name + "-minus", MaterialDesignM.MINUS, -1);
        Button plus = bigButton("q-" + name + "-plus", MaterialDesignP.PLUS, +1);
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.UP) {
                step(+1);
                e.consume();
            } else if (e.getCode() == KeyCode.SUBTRACT || e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.DOWN) {
                step(-1);
                e.consume();
            }
        });
        box = new HBox(8, minus, field, plus);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    private Button bigButton(String id, org.kordamp.ikonli.Ikon icon, int delta) {
        Button button = new Button();
        button.setId(id);
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(28);
        button.setGraphic(graphic);
        button.getStyleClass().addAll("counter-button", Styles.BUTTON_OUTLINED);
        button.setMinSize(56, 56);
        button.setFocusTraversable(false);
        button.setDisable(prompt.readOnly());
        button.setOnAction(e -> step(delta));
        return button;
    }

    private void step(int delta) {
        long current;
        try {
            current = field.getText().isBlank() ? 0 : Long.parseLong(field.getText().strip());
        } catch (NumberFormatException e) {
            current = 0;
        }
        long next = Math.max(0, current + delta);
        field.setText(Long.toString(next));
        commit();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return field;
    }

    @Override
    public void commit() {
        String text = field.getText() == null ? "" : field.getText();
        if (!text.equals(committed) && sink.answerText(prompt.ref(), prompt.type(), text)) {
            committed = text;
        }
    }
}
