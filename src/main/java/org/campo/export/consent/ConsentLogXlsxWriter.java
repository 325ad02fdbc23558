package org.campo.export.consent;

import org.campo.export.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentLogEntry;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentScript;
import org.campo.consent.SiteMonthTotals;
import org.campo.consent.Withdrawal;

/**
 * The consent log as a workbook, for reviewers who filter and count: sheets for the records
 * (one row per consent, with a check column), totals per site and month, the verification
 * result, the scripts and the withdrawals.
 */
public final class ConsentLogXlsxWriter {
    private final Locale locale;

    public ConsentLogXlsxWriter(Locale locale) {
        this.locale = locale;
    }

    public void write(ConsentLog log, Path target) {
        AtomicFile.write(target, out -> render(log, out));
    }

    void render(ConsentLog log, OutputStream out) throws IOException {
        ConsentLogText t = new ConsentLogText(locale, log.zone());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            records(wb.createSheet(t.get("export.consent.sheet.records")), log, t, styles);
            totals(wb.createSheet(t.get("export.consent.sheet.totals")), log, t, styles);
            verification(wb.createSheet(t.get("export.consent.sheet.verification")), log, t, styles);
            scripts(wb.createSheet(t.get("export.consent.sheet.scripts")), log, t, styles);
            withdrawals(wb.createSheet(t.get("export.consent.sheet.withdrawals")), log, t, styles);
            wb.write(out);
        }
    }

    private static void records(Sheet sheet, ConsentLog log, ConsentLogText t, Styles s) {
        header(sheet, s, t.get("export.consent.col.code"), t.get("export.consent.col.script"),
                t.get("export.consent.col.version"), t.get("export.consent.col.language"),
                t.get("export.consent.col.mode"), t.get("export.consent.col.minor"),
                t.permission(ConsentPermission.PARTICIPATE), t.permission(ConsentPermission.AUDIO_RECORDING),
                t.permission(ConsentPermission.DIRECT_QUOTATION), t.permission(ConsentPermission.FUTURE_CONTACT),
                t.permission(ConsentPermission.DATA_SHARING), t.get("export.consent.col.date"),
                t.get("export.consent.col.site"), t.get("export.consent.col.researcher"),
                t.get("export.consent.col.withdrawal"), t.get("export.consent.col.check"));
        int r = 1;
        for (ConsentLogEntry e : log.entries()) {
            ConsentRecord c = e.consent();
            Row row = sheet.createRow(r++);
            Object[] values = {c.participantCode(), c.script().key(), c.script().version(), c.script().language(),
                    t.mode(c.mode()), t.minor(c), t.decision(c, ConsentPermission.PARTICIPATE),
                    t.decision(c, ConsentPermission.AUDIO_RECORDING), t.decision(c, ConsentPermission.DIRECT_QUOTATION),
                    t.decision(c, ConsentPermission.FUTURE_CONTACT), t.decision(c, ConsentPermission.DATA_SHARING),
                    t.dateTime(c.obtainedAt()), c.siteCode(), c.researcherName(), t.withdrawal(e), t.check(e)};
            fill(row, values, e.tampered() ? s.altered : null);
        }
        sheet.createFreezePane(1, 1);
        if (r > 1) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, 15));
        }
        widths(sheet, 12, 16, 8, 8, 10, 24, 11, 11, 11, 11, 11, 17, 12, 14, 28, 12);
    }

    private static void totals(Sheet sheet, ConsentLog log, ConsentLogText t, Styles s) {
        header(sheet, s, t.get("export.consent.col.site"), t.get("export.consent.col.month"),
                t.get("export.consent.col.consents"), t.get("export.consent.col.granted"),
                t.get("export.consent.col.refused"), t.get("export.consent.col.withdrawn"));
        int r = 1;
        for (SiteMonthTotals m : log.totals()) {
            fill(sheet.createRow(r++), new Object[] {m.siteCode() == null ? t.get("export.consent.noSite") : m.siteCode(),
                    m.month().toString(), m.consents(), m.participationGranted(), m.participationRefused(),
                    m.withdrawn()}, null);
        }
        widths(sheet, 16, 10, 14, 14, 14, 14);
    }

    private static void verification(Sheet sheet, ConsentLog log, ConsentLogText t, Styles s) {
        int r = 0;
        r = pair(sheet, r, t.get("export.consent.verification"), t.verificationSummary(log.verification()),
                log.verification().ok() ? s.ok : s.altered);
        r = pair(sheet, r, t.get("export.consent.col.entries"), log.verification().entries(), null);
        r = pair(sheet, r, t.get("export.consent.col.firstBroken"),
                log.verification().ok() ? "-" : Long.toString(log.verification().firstBrokenSeq()), null);
        r = pair(sheet, r, t.get("export.consent.col.head"), log.verification().head(), null);
        r = pair(sheet, r, t.get("export.consent.col.altered"), log.tamperedEntries(), null);
        r = pair(sheet, r, t.get("export.consent.col.generated"), t.generated(log), null);
        List<String> problems = t.verificationProblems(log.verification());
        for (String p : problems) {
            r = pair(sheet, r, t.get("export.consent.col.problem"), p, s.altered);
        }
        widths(sheet, 26, 100);
    }

    private static void scripts(Sheet sheet, ConsentLog log, ConsentLogText t, Styles s) {
        header(sheet, s, t.get("export.consent.col.script"), t.get("export.consent.col.version"),
                t.get("export.consent.col.language"), t.get("export.consent.col.title"),
                t.get("export.consent.col.asks"), "SHA-256", t.get("export.consent.col.created"));
        int r = 1;
        for (ConsentScript c : log.scripts()) {
            fill(sheet.createRow(r++), new Object[] {c.key(), c.version(), c.language(), c.title(),
                    String.join(", ", c.asks().stream().sorted().map(t::permission).toList()), c.sha256(),
                    t.dateTime(c.createdAt())}, null);
        }
        widths(sheet, 16, 8, 8, 36, 40, 68, 17);
    }

    private static void withdrawals(Sheet sheet, ConsentLog log, ConsentLogText t, Styles s) {
        header(sheet, s, t.get("export.consent.col.code"), t.get("export.consent.col.date"),
                t.get("export.consent.col.scope"));
        int r = 1;
        for (Withdrawal w : log.withdrawals()) {
            fill(sheet.createRow(r++), new Object[] {w.participantCode(), t.dateTime(w.withdrawnAt()),
                    t.get("consent.scope." + w.scope().code())}, null);
        }
        widths(sheet, 16, 17, 30);
    }

    private static void header(Sheet sheet, Styles s, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            var c = row.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(s.header);
        }
    }

    private static int pair(Sheet sheet, int r, String label, Object value, CellStyle style) {
        fill(sheet.createRow(r), new Object[] {label, value}, null);
        if (style != null) {
            sheet.getRow(r).getCell(1).setCellStyle(style);
        }
        return r + 1;
    }

    private static void fill(Row row, Object[] values, CellStyle style) {
        for (int i = 0; i < values.length; i++) {
            var c = row.createCell(i);
            Object v = values[i];
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v == null ? "" : v.toString());
            }
            if (style != null) {
                c.setCellStyle(style);
            }
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, chars[i] * 256);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle altered;
        final CellStyle ok;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            altered = wb.createCellStyle();
            altered.setFont(bold);
            altered.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            altered.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            ok = wb.createCellStyle();
            ok.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            ok.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
