package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming .xlsx reader reads every kind of cell as the object-model reader does. */
class XlsxStreamReaderTest {

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet survey = wb.createSheet("survey");
            Row h = survey.createRow(0);
            String[] headers = {"type", "name", "label", "default", "required", "constraint", "hint"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row r = survey.createRow(4); // rows 2-4 absent
            r.createCell(0).setCellValue("date");
            r.createCell(1).setCellValue("when");
            r.createCell(2).setCellValue("When “exactly”?");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var d = r.createCell(3);
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            c.clear();
            c.set(2024, Calendar.MARCH, 5);
            d.setCellValue(c.getTime());
            d.setCellStyle(date);
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellFormula("\"> \"&\"2\"");
            r.createCell(6).setCellValue(2.5);
            Row n = survey.createRow(5);
            n.createCell(0).setCellValue("integer");
            n.createCell(1).setCellValue("n");
            n.createCell(2).setCellValue(3.0);
            n.createCell(20).setCellValue("beyond the header");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("settings").createRow(0).createCell(0).setCellValue("form_id");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void streamingAndObjectModelReadersAgreeCellByCell() throws Exception {
        byte[] bytes = workbook();
        Workbook streamed = XlsxStreamReader.read(bytes, "f.xlsx");
        Workbook model = WorkbookReader.readExcel(bytes, "f.xlsx");

        assertThat(streamed.sheets()).hasSize(2);
        Sheet survey = streamed.sheet("survey").orElseThrow();
        assertThat(survey).isEqualTo(model.sheet("survey").orElseThrow());
        assertThat(streamed.sheet("settings")).isEqualTo(model.sheet("settings"));
        assertThat(survey.rows()).extracting(SheetRow::number).containsExactly(5, 6);
        assertThat(survey.rows().get(0).cells()).containsEntry("default", "2024-03-05 00:00:00").containsEntry("required", "TRUE")
                .containsEntry("constraint", "> 2").containsEntry("hint", "2.5")
                .containsEntry("label", "When \"exactly\"?");
        assertThat(survey.rows().get(1).cells()).containsEntry("label", "3").hasSize(3);
    }

    @Test
    void richTextRunsEscapesAndSheetOrderAreReadAsTheObjectModelReadsThem() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("choices").createRow(0).createCell(0).setCellValue("list_name");
            XSSFSheet survey = wb.createSheet("survey");
            Row h = survey.createRow(0);
            h.createCell(0).setCellValue("type");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("label");
            Row r = survey.createRow(1);
            r.createCell(0).setCellValue("note");
            r.createCell(1).setCellValue("n_x0041_");
            org.apache.poi.xssf.usermodel.XSSFRichTextString rich =
                    new org.apache.poi.xssf.usermodel.XSSFRichTextString("Bold and plain");
            org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            r.createCell(2).setCellValue(rich);
            wb.setSheetOrder("survey", 0);
            wb.write(out);
            bytes = out.toByteArray();
        }
        Workbook streamed = XlsxStreamReader.read(bytes, "f.xlsx");
        Workbook model = WorkbookReader.readExcel(bytes, "f.xlsx");

        assertThat(streamed.sheets()).extracting(Sheet::name).containsExactly("survey", "choices");
        assertThat(streamed.sheets()).containsExactlyElementsOf(model.sheets());
        assertThat(streamed.sheet("survey").orElseThrow().rows().get(0).cells()).containsEntry("label", "Bold and plain");
    }

    /** A workbook written by hand, so the cells hold exactly the escapes a test needs. */
    private static byte[] handWritten(String sharedStrings, String sheetData) throws Exception {
        String[][] parts = {
            {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>"},
            {"_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"},
            {"xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"survey\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>"},
            {"xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">"
                + sharedStrings + "</sst>"},
            {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>"},
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String[] part : parts) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    void excelEscapesAreDecodedInEveryKindOfTextCellAsTheObjectModelReaderDecodesThem() throws Exception {
        String shared = "<si><t>type</t></si><si><t>name</t></si><si><t>label</t></si><si><t>hint</t></si>"
                + "<si><t>note</t></si>"
                + "<si><t>Line one_x000D_two</t></si>"                                // 5: a carriage return
                + "<si><r><t>Bold_x00</t></r><r><t>41_ and plain</t></r></si>"        // 6: escape split over runs
                + "<si><t>keep_x005F_x000D_literal</t></si>"                          // 7: an escaped underscore
                + "<si><t>lower _x00e9_ and not _x12_ nor _xZZZZ_</t></si>";           // 8
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c>" + inline("B2", "a_x005F_b")
                + "<c r=\"C2\" t=\"s\"><v>5</v></c><c r=\"D2\" t=\"s\"><v>6</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c>" + inline("B3", "b")
                + inline("C3", "Tab_x0009_and CR_x000D_here") + "<c r=\"D3\" t=\"s\"><v>7</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>4</v></c>" + inline("B4", "c")
                + "<c r=\"C4\" t=\"str\"><f>\"x\"</f><v>Formula_x000A_result</v></c>"
                + "<c r=\"D4\" t=\"s\"><v>8</v></c></row>";
        byte[] bytes = handWritten(shared, rows);

        Workbook streamed = XlsxStreamReader.read(bytes, "f.xlsx");
        Workbook model = WorkbookReader.readExcel(bytes, "f.xlsx");

        assertThat(streamed.sheets()).containsExactlyElementsOf(model.sheets());
        java.util.List<SheetRow> survey = streamed.sheet("survey").orElseThrow().rows();
        assertThat(survey.get(0).cells()).containsEntry("name", "a_b").containsEntry("label", "Line one\rtwo")
                .containsEntry("hint", "BoldA and plain");
        assertThat(survey.get(1).cells()).containsEntry("label", "Tab\tand CR\rhere")
                .containsEntry("hint", "keep_x000D_literal");
        assertThat(survey.get(2).cells()).containsEntry("label", "Formula\nresult")
                .containsEntry("hint", "lower \u00e9 and not _x12_ nor _xZZZZ_");
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeIsStillALocatedError() throws Exception {
        String shared = "<si><t>type</t></si><si><t>name</t></si><si><t>label</t></si><si><t>note</t></si>";
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c>" + inline("B2", "n")
                + inline("C2", "Bell_x0007_") + "</row>";
        CompileResult result = new XlsFormCompiler().compile(new ByteArrayInputStream(handWritten(shared, rows)),
                "f.xlsx");

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.key()).isEqualTo("form.compile.unwritableCharacter");
            assertThat(e.location()).isEqualTo("survey!2 (label)");
            assertThat(e.args()).containsExactly("U+0007");
        });
    }

    @Test
    void aPackageWithoutAWorkbookPartIsLeftToTheObjectModelReader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> XlsxStreamReader.read(bytes.toByteArray(), "f.xlsx"))
                .isInstanceOf(java.io.IOException.class);
    }
}
