package org.campo.ui.forms;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One question on screen: label (with a mark when required), hint, guidance that opens on
 * demand, the widget, and the problem in red beside the widget — never in a dialog, so the
 * enumerator sees what to fix and keeps typing.
 */
final class QuestionBlock extends VBox {
    private final Prompt prompt;
    private final PromptWidget widget;
    private final Label problem = new Label();

    QuestionBlock(Prompt prompt, PromptWidget widget) {
        super(6);
        this.prompt = prompt;
        this.widget = widget;
        setId("question-" + Prompts.name(prompt));
        getStyleClass().add("question");
        Label label = new Label(prompt.label() + (prompt.required() ? " *" : ""));
        label.setId("label-" + Prompts.name(prompt));
        label.setWrapText(true);
        label.getStyleClass().add(prompt.type() == PromptType.NOTE ? "note-label" : "question-label");
        if (prompt.type() != PromptType.NOTE) {
            label.getStyleClass().add(Styles.TEXT_BOLD);
        }
        label.setStyle("-fx-font-size: 1.15em;");
        label.setMaxWidth(760);
        label.setLabelFor(widget.focusTarget());
        getChildren().add(label);
        if (prompt.hint() != null && !prompt.hint().isBlank()) {
            Label hint = new Label(prompt.hint());
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(hint);
        }
        if (prompt.guidance() != null && !prompt.guidance().isBlank()) {
            Label text = new Label(prompt.guidance());
            text.setWrapText(true);
            TitledPane guidance = new TitledPane(I18n.get("ui.forms.guidance"), text);
            guidance.setId("guidance-" + Prompts.name(prompt));
            guidance.setExpanded(false);
            guidance.setAnimated(false);
            guidance.setMaxWidth(720);
            guidance.getStyleClass().add(Styles.DENSE);
            getChildren().add(guidance);
        }
        problem.setId("problem-" + Prompts.name(prompt));
        problem.getStyleClass().addAll("question-problem", Styles.DANGER);
        problem.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.setVisible(false);
        problem.setManaged(false);
        FlowPane row = new FlowPane(16, 6, widget.node(), problem);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setRowValignment(javafx.geometry.VPos.CENTER);
        getChildren().add(row);
    }

    Prompt prompt() {
        return prompt;
    }

    PromptWidget widget() {
        return widget;
    }

    void showProblem(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
    }
}
