package org.campo.form.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An answer in Campo's own terms, so that the UI and services never handle JavaRosa's answer
 * classes. Every answer knows its XForm text form ({@link #toXFormValue()}), which is what the
 * instance XML stores and what the engine parses, keeping one conversion path in both directions.
 */
public sealed interface Answer {

    /** The value as written in an XForm instance. */
    String toXFormValue();

    /** Free text, also used for barcodes. */
    record Text(String value) implements Answer {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value;
        }
    }

    record IntegerNumber(long value) implements Answer {
        @Override
        public String toXFormValue() {
            return Long.toString(value);
        }
    }

    record DecimalNumber(BigDecimal value) implements Answer {
        public DecimalNumber {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value.toPlainString();
        }
    }

    record Date(LocalDate value) implements Answer {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value.toString();
        }
    }

    /** A time of day; XForms allows an offset, which Campo drops because interviews are local. */
    record Time(LocalTime value) implements Answer {
        public Time {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value.format(DateTimeFormatter.ofPattern("HH:mm:ss.SSS"));
        }
    }

    record DateTime(OffsetDateTime value) implements Answer {
        public DateTime {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"));
        }
    }

    /** The value (not the label) of one chosen option. */
    record Choice(String value) implements Answer {
        public Choice {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toXFormValue() {
            return value;
        }
    }

    /** The values of several chosen options, in the order chosen. */
    record Choices(List<String> values) implements Answer {
        public Choices {
            values = List.copyOf(values);
        }

        @Override
        public String toXFormValue() {
            return String.join(" ", values);
        }
    }

    /** A location in WGS84 degrees, altitude in metres and accuracy radius in metres. */
    record GeoPoint(double latitude, double longitude, double altitude, double accuracy) implements Answer {
        @Override
        public String toXFormValue() {
            return plain(latitude) + " " + plain(longitude) + " " + plain(altitude) + " " + plain(accuracy);
        }

        private static String plain(double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }

    /** An open line of points (geotrace). */
    record GeoTrace(List<GeoPoint> points) implements Answer {
        public GeoTrace {
            points = List.copyOf(points);
        }

        @Override
        public String toXFormValue() {
            return points.stream().map(GeoPoint::toXFormValue).collect(Collectors.joining(";"));
        }
    }

    /** A closed polygon (geoshape); the first point is repeated at the end. */
    record GeoShape(List<GeoPoint> points) implements Answer {
        public GeoShape {
            points = List.copyOf(points);
        }

        @Override
        public String toXFormValue() {
            return points.stream().map(GeoPoint::toXFormValue).collect(Collectors.joining(";"));
        }
    }

    /** The name of an attached file (image, audio, video, other), stored beside the instance. */
    record FileName(String name) implements Answer {
        public FileName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toXFormValue() {
            return name;
        }
    }

    /** An acknowledged trigger ("OK" in the XForm). */
    record Acknowledged() implements Answer {
        @Override
        public String toXFormValue() {
            return "OK";
        }
    }
}
