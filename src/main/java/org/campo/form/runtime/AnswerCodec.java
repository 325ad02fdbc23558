package org.campo.form.runtime;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.AnswerDataFactory;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.UncastData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.form.api.FormEntryPrompt;

/**
 * Converts between Campo {@link Answer}s and JavaRosa answer data through the XForm text form,
 * which both sides already define precisely; that keeps one parser per type instead of two.
 */
final class AnswerCodec {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(AnswerCodec.class.getName());
    private AnswerCodec() {
    }

    /** The Campo type of a question, from its control and data type. */
    static PromptType typeOf(FormEntryPrompt prompt) {
        int data = prompt.getDataType();
        switch (prompt.getControlType()) {
            case Constants.CONTROL_SELECT_ONE:
                return PromptType.SELECT_ONE;
            case Constants.CONTROL_SELECT_MULTI:
                return PromptType.SELECT_MULTIPLE;
            case Constants.CONTROL_RANK:
                return PromptType.RANK;
            case Constants.CONTROL_RANGE:
                return PromptType.RANGE;
            case Constants.CONTROL_TRIGGER:
                return PromptType.ACKNOWLEDGE;
            case Constants.CONTROL_IMAGE_CHOOSE:
                return PromptType.IMAGE;
            case Constants.CONTROL_AUDIO_CAPTURE:
                return PromptType.AUDIO;
            case Constants.CONTROL_VIDEO_CAPTURE:
                return PromptType.VIDEO;
            case Constants.CONTROL_FILE_CAPTURE:
            case Constants.CONTROL_UPLOAD:
                return PromptType.FILE;
            case Constants.CONTROL_OSM_CAPTURE:
                return PromptType.UNSUPPORTED;
            default:
                return inputTypeOf(data, prompt.isReadOnly());
        }
    }

    private static PromptType inputTypeOf(int dataType, boolean readOnly) {
        switch (dataType) {
            case Constants.DATATYPE_INTEGER:
            case Constants.DATATYPE_LONG:
                return PromptType.INTEGER;
            case Constants.DATATYPE_DECIMAL:
                return PromptType.DECIMAL;
            case Constants.DATATYPE_DATE:
                return PromptType.DATE;
            case Constants.DATATYPE_TIME:
                return PromptType.TIME;
            case Constants.DATATYPE_DATE_TIME:
                return PromptType.DATETIME;
            case Constants.DATATYPE_GEOPOINT:
                return PromptType.GEOPOINT;
            case Constants.DATATYPE_GEOTRACE:
                return PromptType.GEOTRACE;
            case Constants.DATATYPE_GEOSHAPE:
                return PromptType.GEOSHAPE;
            case Constants.DATATYPE_BARCODE:
                return PromptType.BARCODE;
            case Constants.DATATYPE_BINARY:
                return PromptType.FILE;
            case Constants.DATATYPE_CHOICE:
                return PromptType.SELECT_ONE;
            case Constants.DATATYPE_CHOICE_LIST:
                return PromptType.SELECT_MULTIPLE;
            default:
                // XLSForm notes are read-only text inputs.
                return readOnly ? PromptType.NOTE : PromptType.TEXT;
        }
    }

    /** The engine data for an answer, or empty when the text does not parse as the question's type. */
    static Optional<IAnswerData> encode(FormEntryPrompt prompt, Answer answer) {
        String text = answer.toXFormValue();
        PromptType type = typeOf(prompt);
        if (type == PromptType.SELECT_ONE) {
            return choiceFor(prompt, text).map(c -> new SelectOneData(c.selection()));
        }
        if (type == PromptType.SELECT_MULTIPLE || type == PromptType.RANK) {
            List<Selection> selections = new ArrayList<>();
            for (String value : text.trim().split("\\s+")) {
                if (value.isEmpty()) {
                    continue;
                }
                Optional<SelectChoice> choice = choiceFor(prompt, value);
                if (choice.isEmpty()) {
                    return Optional.empty();
                }
                selections.add(choice.get().selection());
            }
            return Optional.of(new SelectMultiData(selections));
        }
        if (type == PromptType.ACKNOWLEDGE) {
            text = "OK";
        }
        try {
            IAnswerData template = AnswerDataFactory.template(prompt.getControlType(), prompt.getDataType());
            return Optional.ofNullable(template.cast(new UncastData(text)));
        } catch (RuntimeException e) {
            // the engine's cast of a text it cannot read as the question's type fails in ways of its
            // own (number formats, missing geopoint parts): no answer to give it
            LOG.fine(() -> "answer not of type " + type + ": " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Optional<SelectChoice> choiceFor(FormEntryPrompt prompt, String value) {
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices == null) {
            return Optional.empty();
        }
        return choices.stream().filter(c -> c.getValue().equals(value)).findFirst();
    }

    /** The Campo answer for engine data of a question of the given type. */
    static Optional<Answer> decode(PromptType type, IAnswerData data) {
        if (data == null) {
            return Optional.empty();
        }
        String text = data.uncast().getString();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromXFormValue(type, text.trim(), data));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            // A value the form computed need not be of the question's type (not a number, a date
            // or a point); show it as text.
            return Optional.of(new Answer.Text(text));
        }
    }

    private static Answer fromXFormValue(PromptType type, String text, IAnswerData data) {
        switch (type) {
            case INTEGER:
                return new Answer.IntegerNumber(Long.parseLong(text));
            case DECIMAL:
                return new Answer.DecimalNumber(new BigDecimal(text));
            case RANGE:
                BigDecimal number = new BigDecimal(text);
                return number.stripTrailingZeros().scale() <= 0 && !(data.getValue() instanceof Double)
                        ? new Answer.IntegerNumber(number.longValueExact()) : new Answer.DecimalNumber(number);
            case DATE:
                return new Answer.Date(LocalDate.parse(text.substring(0, Math.min(10, text.length()))));
            case TIME:
                return new Answer.Time(parseTime(text));
            case DATETIME:
                return new Answer.DateTime(parseDateTime(text));
            case SELECT_ONE:
                return new Answer.Choice(text);
            case SELECT_MULTIPLE:
            case RANK:
                return new Answer.Choices(Arrays.asList(text.split("\\s+")));
            case GEOPOINT:
                return parsePoint(text);
            case GEOTRACE:
                return new Answer.GeoTrace(parsePoints(text));
            case GEOSHAPE:
                return new Answer.GeoShape(parsePoints(text));
            case ACKNOWLEDGE:
                return new Answer.Acknowledged();
            case IMAGE:
            case AUDIO:
            case VIDEO:
            case FILE:
                return new Answer.FileName(text);
            default:
                return new Answer.Text(text);
        }
    }

    private static LocalTime parseTime(String text) {
        try {
            return OffsetTime.parse(text).toLocalTime();
        } catch (DateTimeParseException e) {
            return LocalTime.parse(text);
        }
    }

    private static OffsetDateTime parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
        }
    }

    private static Answer.GeoPoint parsePoint(String text) {
        String[] parts = text.trim().split("\\s+");
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            values[i] = i < parts.length ? Double.parseDouble(parts[i]) : 0;
        }
        return new Answer.GeoPoint(values[0], values[1], values[2], values[3]);
    }

    private static List<Answer.GeoPoint> parsePoints(String text) {
        List<Answer.GeoPoint> points = new ArrayList<>();
        for (String point : text.split(";")) {
            if (!point.isBlank()) {
                points.add(parsePoint(point));
            }
        }
        return points;
    }
}
