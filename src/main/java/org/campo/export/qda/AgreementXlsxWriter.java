package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.qda.CodeTree;
import org.campo.qda.Coder;
import org.campo.model.Source;
import org.campo.qda.TextPositions;
import org.campo.qda.agreement.AgreementFigures;
import org.campo.qda.agreement.AgreementReport;
import org.campo.qda.agreement.AgreementRow;
import org.campo.qda.agreement.Difference;

/**
 * The inter-coder agreement report as a workbook: per code (with the overall line), per source,
 * per code in each source, and the stretches where the coders differ, with their text, to
 * discuss and reconcile.
 */
public final class AgreementXlsxWriter {
    private final Locale locale;

    public AgreementXlsxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(AgreementReport report, Path target) {
        AtomicFile.write(target, out -> render(report, out));
    }

    void render(AgreementReport report, OutputStream out) throws IOException {
        CodeTree tree = new CodeTree(report.codes());
        Map<String, Source> sources = new HashMap<>();
        report.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, String> coderNames = new HashMap<>();
        report.coders().forEach(c -> coderNames.put(c.id(), c.name()));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets s = new Sheets(wb);
            Sheet perCode = wb.createSheet(t("export.agreement.sheet.perCode"));
            int r = about(perCode, s, report);
            s.header(perCode, r++, t("export.agreement.col.code"), t("export.agreement.col.characters"),
                    t("export.agreement.col.all"), t("export.agreement.col.some"), t("export.agreement.col.none"),
                    t("export.agreement.col.percent"), t("export.agreement.col.kappa"), t("export.agreement.col.alpha"));
            for (AgreementRow row : report.perCode()) {
                figures(s, perCode, r++, tree.path(row.codeId()), row.figures());
            }
            Row overall = figures(s, perCode, r, t("export.agreement.overall"), report.overall().figures());
            s.style(overall, 0, s.bold);
            Sheets.widths(perCode, 40, 12, 12, 12, 12, 12, 10, 10);

            Sheet perSource = wb.createSheet(t("export.agreement.sheet.perSource"));
            s.header(perSource, 0, t("export.agreement.col.source"), t("export.agreement.col.characters"),
                    t("export.agreement.col.all"), t("export.agreement.col.some"), t("export.agreement.col.none"),
                    t("export.agreement.col.percent"), t("export.agreement.col.kappa"), t("export.agreement.col.alpha"));
            r = 1;
            for (AgreementRow row : report.perSource()) {
                figures(s, perSource, r++, sources.get(row.sourceId()).name(), row.figures());
            }
            Sheets.widths(perSource, 40, 12, 12, 12, 12, 12, 10, 10);

            Sheet cells = wb.createSheet(t("export.agreement.sheet.cells"));
            s.header(cells, 0, t("export.agreement.col.code"), t("export.agreement.col.source"),
                    t("export.agreement.col.characters"), t("export.agreement.col.all"),
                    t("export.agreement.col.some"), t("export.agreement.col.none"), t("export.agreement.col.percent"),
                    t("export.agreement.col.kappa"), t("export.agreement.col.alpha"));
            r = 1;
            for (AgreementRow row : report.cells()) {
                AgreementFigures f = row.figures();
                Row x = s.fill(cells, r++, tree.path(row.codeId()), sources.get(row.sourceId()).name(), f.units(),
                        f.allCoded(), f.someCoded(), f.noneCoded(), f.percent(), f.kappa(), f.alpha());
                s.style(x, 6, s.percent);
                s.style(x, 7, s.decimal);
                s.style(x, 8, s.decimal);
            }
            Sheets.widths(cells, 36, 30, 12, 12, 12, 12, 12, 10, 10);

            Sheet diffs = wb.createSheet(t("export.agreement.sheet.differences"));
            s.header(diffs, 0, t("export.agreement.col.source"), t("export.agreement.col.code"),
                    t("export.agreement.col.start"), t("export.agreement.col.end"), t("export.agreement.col.codedBy"),
                    t("export.agreement.col.notCodedBy"), t("export.agreement.col.text"));
            r = 1;
            for (Difference d : report.differences()) {
                Source src = sources.get(d.sourceId());
                List<String> notBy = report.coders().stream().map(Coder::id).filter(id -> !d.coderIds().contains(id))
                        .map(coderNames::get).toList();
                Row x = s.fill(diffs, r++, src.name(), tree.path(d.codeId()), d.start(), d.end(),
                        String.join(", ", d.coderIds().stream().map(coderNames::get).toList()),
                        String.join(", ", notBy), TextPositions.slice(src.text(), d.start(), d.end()));
                s.style(x, 6, s.wrap);
            }
            Sheets.widths(diffs, 30, 30, 8, 8, 18, 18, 80);
            wb.write(out);
        }
    }

    private int about(Sheet sheet, Sheets s, AgreementReport report) {
        int r = 0;
        Row title = s.fill(sheet, r++, t("export.agreement.title", report.studyName()));
        s.style(title, 0, s.bold);
        s.fill(sheet, r++, t("export.agreement.coders"),
                String.join(", ", report.coders().stream().map(Coder::name).toList()));
        s.fill(sheet, r++, t("export.agreement.sources"), report.sources().size());
        s.fill(sheet, r++, t("export.agreement.skipped"), report.skippedSources());
        s.fill(sheet, r++, t("export.agreement.method"));
        return r + 1;
    }

    private Row figures(Sheets s, Sheet sheet, int r, String label, AgreementFigures f) {
        Row x = s.fill(sheet, r, label, f.units(), f.allCoded(), f.someCoded(), f.noneCoded(), f.percent(), f.kappa(),
                f.alpha());
        s.style(x, 5, s.percent);
        s.style(x, 6, s.decimal);
        s.style(x, 7, s.decimal);
        return x;
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
