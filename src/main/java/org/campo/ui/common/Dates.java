package org.campo.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.campo.common.Messages;

/**
 * Dates as people read and type them in the interface language: day before month in Spanish
 * ({@code 05/03/2026} is the fifth of March), month first in English, always with four-digit
 * years and two-digit days and months, in pickers and tables alike. Typing also accepts one
 * digit for day or month, {@code -} or {@code .} as separators, and ISO {@code 2026-03-05}.
 */
public final class Dates {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private Dates() {
    }

    /** The locale's short date pattern with {@code dd}, {@code MM} and {@code yyyy}, e.g. {@code dd/MM/yyyy}. */
    public static String pattern(Locale locale) {
        String p = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        p = p.replaceAll("y+", "yyyy").replaceAll("d+", "dd").replaceAll("M+", "MM");
        return p.replaceAll("[^dMy/.\\-]", "");
    }

    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale), locale);
    }

    /** Date and time, e.g. {@code 05/03/2026 14:30}. */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale) + " HH:mm", locale);
    }

    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : date(locale).format(date);
    }

    public static String format(java.time.Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : dateTime(locale).format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** What to show in an empty date field, e.g. {@code dd/mm/aaaa}. */
    public static String prompt(Locale locale) {
        String p = pattern(locale);
        return p.replace("dd", Messages.get("ui.date.dd")).replace("MM", Messages.get("ui.date.mm"))
                .replace("yyyy", Messages.get("ui.date.yyyy"));
    }

    /** Reads a typed date in the locale's order; null when it is empty or not a date. */
    public static LocalDate parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (ISO.matcher(t).matches()) {
                String[] parts = t.split("-");
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            Matcher m = NUMERIC.matcher(t);
            if (!m.matches()) {
                return null;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += 2000;
            }
            boolean dayFirst = pattern(locale).indexOf('d') < pattern(locale).indexOf('M');
            return dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A converter for date pickers that follows the interface language. */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return format(d, Messages.locale());
            }

            @Override
            public LocalDate fromString(String s) {
                return parse(s, Messages.locale());
            }
        };
    }

    /** Makes {@code picker} show and read dates in the interface language, with a matching prompt. */
    public static DatePicker localize(DatePicker picker) {
        picker.setConverter(converter());
        picker.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> prompt(I18n.localeProperty().get()), I18n.localeProperty()));
        return picker;
    }
}
