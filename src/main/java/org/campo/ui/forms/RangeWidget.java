package org.campo.ui.forms;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.RangeParameters;

/** A range question as a slider snapping to the step; the answer is given when the thumb is released. */
final class RangeWidget implements PromptWidget {
    private final Slider slider = new Slider();
    private final HBox box;

    RangeWidget(Prompt prompt, AnswerSink sink) {
        RangeParameters range = prompt.range()
                .orElse(new RangeParameters(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE));
        slider.setId("q-" + Prompts.name(prompt));
        slider.setMin(range.start().min(range.end()).doubleValue());
        slider.setMax(range.start().max(range.end()).doubleValue());
        slider.setMajorTickUnit(range.step().doubleValue());
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(range.step().doubleValue());
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setPrefWidth(420);
        slider.setDisable(prompt.readOnly());
        Label value = new Label();
        value.setMinWidth(48);
        prompt.answer().map(Answer::toXFormValue).ifPresent(v -> {
            slider.setValue(Double.parseDouble(v));
            value.setText(v);
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            BigDecimal snapped = snap(now.doubleValue(), range);
            value.setText(snapped.toPlainString());
            if (!slider.isValueChanging()) {
                sink.answerText(prompt.ref(), prompt.type(), snapped.toPlainString());
            }
        });
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            if (!now) {
                sink.answerText(prompt.ref(), prompt.type(), snap(slider.getValue(), range).toPlainString());
            }
        });
        box = new HBox(12, slider, value);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    static BigDecimal snap(double value, RangeParameters range) {
        BigDecimal step = range.step().signum() == 0 ? BigDecimal.ONE : range.step().abs();
        BigDecimal low = range.start().min(range.end());
        BigDecimal steps = BigDecimal.valueOf(value).subtract(low).divide(step, 0, java.math.RoundingMode.HALF_UP);
        return low.add(steps.multiply(step)).stripTrailingZeros();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return slider;
    }
}
