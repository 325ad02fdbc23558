package org.campo.qda.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The plain text of a Word (.docx) transcript: paragraphs in order, one per line, table cells
 * separated by tabs. Read in memory from the bytes, so no copy of the document is written.
 * (POI is otherwise reserved to exports; the architecture test names this package as the one
 * other reader.)
 */
public final class DocxText {
    private DocxText() {
    }

    /** The text, or an {@link IOException} when the bytes are not a readable .docx. */
    public static String read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    lines.add(p.getText());
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText());
                        }
                        lines.add(String.join("\t", cells));
                    }
                }
            }
            return String.join("\n", lines);
        } catch (RuntimeException e) {
            throw new IOException("not a readable .docx: " + e.getClass().getSimpleName(), e);
        }
    }
}
