package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

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
