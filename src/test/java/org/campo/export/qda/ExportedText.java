package org.campo.export.qda;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads exports back as plain text, the way a reader (or an attacker with the USB stick) would. */
public final class ExportedText {
    private ExportedText() {
    }

    public static String of(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                StringBuilder sb = new StringBuilder(ex.getText());
                if (doc.getComments() != null) {
                    for (var c : doc.getComments()) {
                        sb.append('\n').append(c.getText());
                    }
                }
                return sb.toString();
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder sb = new StringBuilder();
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    sb.append("## ").append(sheet.getSheetName()).append('\n');
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            sb.append(cell.toString()).append('\t');
                        }
                        sb.append('\n');
                    }
                }
            }
            return sb.toString();
        }
        if (name.endsWith(".pdf")) {
            StringBuilder sb = new StringBuilder();
            try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
                for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                    sb.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
                }
            }
            return sb.toString();
        }
        throw new IllegalArgumentException(name);
    }
}
