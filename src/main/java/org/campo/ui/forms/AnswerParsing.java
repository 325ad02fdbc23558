package org.campo.ui.forms;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.PromptType;

/**
 * Turns what was typed into a field into an answer. Kept apart from the widgets so the rules
 * (a comma is a decimal point on Spanish keyboards, blank means "no answer") are tested
 * without a toolkit.
 */
public final class AnswerParsing {
    private AnswerParsing() {
    }

    /**
     * The answer for typed text, empty for blank text (which clears the answer).
     *
     * @throws IllegalArgumentException when the text is not a value of that type
     */
    public static Optional<Answer> parse(PromptType type, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (type) {
                case INTEGER -> new Answer.IntegerNumber(Long.parseLong(t));
                case DECIMAL, RANGE -> new Answer.DecimalNumber(new BigDecimal(t.replace(',', '.')));
                case TIME -> new Answer.Time(LocalTime.parse(t.length() == 4 ? "0" + t : t));
                default -> new Answer.Text(text);
            });
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** The message key that says what kind of value a field of this type wants. */
    public static String invalidKey(PromptType type) {
        return switch (type) {
            case INTEGER -> "ui.forms.invalid.integer";
            case DECIMAL, RANGE -> "ui.forms.invalid.decimal";
            case TIME -> "ui.forms.invalid.time";
            default -> "ui.forms.invalid.value";
        };
    }
}
