package org.campo.ui.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.common.Messages;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;

/**
 * Date, time and date-time questions. Dates are typed or picked in the interface language's
 * order ({@code 05/03/2026} is 5 March in Spanish, see {@link Dates}); times as {@code HH:mm}.
 */
final class DateTimeWidget implements PromptWidget {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Prompt prompt;
    private final AnswerSink sink;
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final HBox box = new HBox(8);
    private String committed;
    private final ZoneId zone;

    DateTimeWidget(Prompt prompt, AnswerSink sink, ZoneId zone) {
        this.prompt = prompt;
        this.sink = sink;
        String name = Prompts.name(prompt);
        date.setId("q-" + name);
        Dates.localize(date);
        date.setPrefWidth(170);
        time.setId(prompt.type() == PromptType.TIME ? "q-" + name : "q-" + name + "-time");
        time.setPromptText(I18n.get("ui.forms.time.pattern"));
        time.setPrefColumnCount(6);
        date.setDisable(prompt.readOnly());
        time.setEditable(!prompt.readOnly());
        prompt.answer().ifPresent(a -> {
            if (a instanceof Answer.Date d) {
                date.setValue(d.value());
            } else if (a instanceof Answer.Time t) {
                time.setText(TIME.format(t.value()));
            } else if (a instanceof Answer.DateTime dt) {
                var local = dt.value().atZoneSameInstant(zone);
                date.setValue(local.toLocalDate());
                time.setText(TIME.format(local.toLocalTime()));
            }
        });
        if (prompt.type() != PromptType.TIME) {
            box.getChildren().add(date);
        }
        if (prompt.type() != PromptType.DATE) {
            box.getChildren().add(time);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        committed = current(zone);
        date.valueProperty().addListener((obs, old, now) -> commit(zone));
        date.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                takeTypedDate();
            }
        });
        time.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(zone);
            }
        });
        this.zone = zone;
    }

    private String current(ZoneId zone) {
        return date.getValue() + "|" + time.getText();
    }

    private void commit(ZoneId zone) {
        String now = current(zone);
        if (now.equals(committed) || prompt.readOnly()) {
            return;
        }
        boolean ok;
        switch (prompt.type()) {
            case DATE -> {
                if (date.getValue() == null) {
                    sink.clear(prompt.ref());
                    ok = true;
                } else {
                    ok = sink.answer(prompt.ref(), new Answer.Date(date.getValue()));
                }
            }
            case TIME -> ok = sink.answerText(prompt.ref(), PromptType.TIME, time.getText());
            default -> {
                if (date.getValue() == null || time.getText().isBlank()) {
                    if (date.getValue() == null && time.getText().isBlank()) {
                        sink.clear(prompt.ref());
                    }
                    ok = date.getValue() == null && time.getText().isBlank();
                } else {
                    try {
                        LocalTime t = LocalTime.parse(time.getText().strip().length() == 4
                                ? "0" + time.getText().strip() : time.getText().strip());
                        OffsetDateTime value = date.getValue().atTime(t).atZone(zone).toOffsetDateTime();
                        ok = sink.answer(prompt.ref(), new Answer.DateTime(value));
                    } catch (DateTimeParseException e) {
                        ok = sink.answerText(prompt.ref(), PromptType.TIME, time.getText());
                    }
                }
            }
        }
        if (ok) {
            committed = now;
        }
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return prompt.type() == PromptType.TIME ? time : date;
    }

    @Override
    public void commit() {
        // What the field shows may be typed but not yet read (the picker reads it on focus loss).
        String shown = date.getConverter().toString(date.getValue());
        if (!date.getEditor().getText().equals(shown) && !takeTypedDate()) {
            return;
        }
        commit(zone);
    }

    /**
     * Reads what was typed into the date field; a text that is not a date stays in the field
     * with a problem beside the question (false) rather than being dropped.
     */
    private boolean takeTypedDate() {
        String typed = date.getEditor().getText();
        LocalDate parsed = Dates.parse(typed, Messages.locale());
        if (parsed == null && typed != null && !typed.isBlank()) {
            sink.reject(prompt.ref(), "ui.forms.invalid.date");
            return false;
        }
        date.setValue(parsed);
        return true;
    }
}
