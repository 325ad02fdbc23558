package org.campo.qda.triangulation;

import java.util.List;

/**
 * A column of the matrix: one value of the attribute, or one combination of two crossed values.
 *
 * @param key    stable key of the cell column ({@link #keyOf}), used to keep summaries
 * @param values the value of each attribute as stored, in the order of the request
 * @param labels how each value reads (the form option's label), in the same order
 */
public record MatrixColumn(String key, List<String> values, List<String> labels) {
    public MatrixColumn {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }

    /** A column whose values read as stored. */
    public MatrixColumn(String key, List<String> values) {
        this(key, values, values);
    }

    /** What headers show: the labels joined by " · ". */
    public String label() {
        return String.join(" · ", labels);
    }

    /** The key of a column: attribute=value pairs joined by a unit separator. */
    public static String keyOf(List<String> attributes, List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                sb.append('\u001f');
            }
            sb.append(attributes.get(i)).append('=').append(values.get(i));
        }
        return sb.toString();
    }
}
