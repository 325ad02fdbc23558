package org.campo.qda.triangulation;

import java.util.ArrayList;
import java.util.List;
import org.campo.model.Code;

/**
 * A row of the matrix: a code with its sub-codes rolled up, one cell per column.
 *
 * @param path  the code's path ({@code Barriers/Health})
 * @param depth 0 for a top-level theme
 * @param total the theme over all cases (casesInGroup = every case with a source)
 */
public record ThemeRow(Code code, String path, int depth, List<MatrixCell> cells, MatrixCell total) {
    public ThemeRow {
        cells = List.copyOf(cells);
    }

    /** Indexes of the columns whose groups converge on this theme. */
    public List<Integer> convergent() {
        return columnsMarked(MatrixCell.Mark.CONVERGES);
    }

    /** Indexes of the columns whose groups are silent on this theme. */
    public List<Integer> silent() {
        return columnsMarked(MatrixCell.Mark.SILENT);
    }

    private List<Integer> columnsMarked(MatrixCell.Mark mark) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).mark() == mark) {
                out.add(i);
            }
        }
        return out;
    }
}
