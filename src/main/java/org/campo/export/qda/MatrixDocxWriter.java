package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.qda.CodeTree;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.CodeQuotes;
import org.campo.qda.triangulation.MatrixCell;
import org.campo.qda.triangulation.MatrixColumn;
import org.campo.qda.triangulation.Quote;
import org.campo.qda.triangulation.QuoteBank;
import org.campo.qda.triangulation.Quotes;
import org.campo.qda.triangulation.ThemeRow;
import org.campo.qda.triangulation.TriangulationMatrix;

/**
 * The triangulation matrix as a document to write a report from: the heat map, then per theme
 * the groups that converge and those that are silent, and per group the counts, the researcher's
 * summary and the group's quotes (from the quote bank, so consent and sensitivity rules hold).
 */
public final class MatrixDocxWriter {
    private final Locale locale;

    public MatrixDocxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(TriangulationMatrix matrix, CellSummaries summaries, QuoteBank quotes, Path target) {
        AtomicFile.write(target, out -> render(matrix, summaries, quotes, out));
    }

    void render(TriangulationMatrix m, CellSummaries summaries, QuoteBank bank, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx d = new Docx(doc);
            d.title(t("export.matrix.title", m.studyName(), String.join(" × ", m.attributeNames())));
            d.note(t("export.matrix.legend"));
            d.picture(HeatMap.png(m), HeatMap.width(m), HeatMap.height(m), "heatmap.png");
            if (bank.withheldQuotes() > 0) {
                d.note(t("export.quotes.withheld", bank.withheldQuotes(), bank.withheldParticipants()));
            }
            for (ThemeRow row : m.rows()) {
                d.heading(row.path(), Math.min(row.depth() + 1, 2));
                d.paragraph(t("export.matrix.converge", labels(m, row.convergent())) + "  "
                        + t("export.matrix.silentGroups", labels(m, row.silent())));
                Set<String> codes = new HashSet<>(codesUnder(row, bank));
                for (int c = 0; c < m.columns().size(); c++) {
                    MatrixColumn col = m.columns().get(c);
                    MatrixCell cell = row.cells().get(c);
                    d.heading(t("export.matrix.cellHeading", col.label(), cell.casesWithTheme(), cell.casesInGroup(),
                            Math.round(cell.share() * 100), cell.segmentCount()), 3);
                    String summary = summaries.of(row.code().id(), col.key());
                    if (summary.isBlank()) {
                        d.note(t("export.matrix.noSummary"));
                    } else {
                        d.paragraph(summary);
                    }
                    List<Quote> quotes = new ArrayList<>();
                    for (CodeQuotes cq : bank.codes()) {
                        if (!codes.contains(cq.code().id())) {
                            continue;
                        }
                        for (Quote q : cq.quotes()) {
                            if (col.key().equals(m.columnOfCase().get(q.caseId()))) {
                                quotes.add(q);
                            }
                        }
                    }
                    for (Quote q : Quotes.withoutContained(quotes)) {
                        d.quote(q.text(), q.attribution());
                    }
                }
            }
            doc.write(out);
        }
    }

    /** The theme and its sub-codes, as the quote bank knows them. */
    private static List<String> codesUnder(ThemeRow row, QuoteBank bank) {
        CodeTree tree = new CodeTree(bank.codes().stream().map(CodeQuotes::code).toList());
        return List.copyOf(tree.withDescendants(row.code().id()));
    }

    private String labels(TriangulationMatrix m, List<Integer> columns) {
        if (columns.isEmpty()) {
            return t("export.matrix.none");
        }
        return String.join("; ", columns.stream().map(i -> m.columns().get(i).label()).toList());
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
