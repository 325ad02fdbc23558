package org.campo.qda.triangulation;

import java.util.List;
import java.util.Map;

/**
 * Themes (codes, sub-codes rolled up) against groups of cases (the values of one case attribute
 * or two crossed), as a framework matrix.
 *
 * @param attributes the attributes that make the columns
 * @param attributeNames how those attributes read (their titles), in the same order
 * @param columns    the groups, in the order values first appear among the cases
 * @param rows       one per code, depth first in codebook order
 * @param columnOfCase the column key of each case in the matrix (to sort quotes by group)
 */
public record TriangulationMatrix(String studyName, List<String> attributes, List<String> attributeNames,
                                  List<MatrixColumn> columns, List<ThemeRow> rows, Map<String, String> columnOfCase) {
    /** A group converges on a theme when at least this share of its cases raised it. */
    public static final double CONVERGENCE = 0.5;

    public TriangulationMatrix {
        attributes = List.copyOf(attributes);
        attributeNames = List.copyOf(attributeNames);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnOfCase = Map.copyOf(columnOfCase);
    }
}
