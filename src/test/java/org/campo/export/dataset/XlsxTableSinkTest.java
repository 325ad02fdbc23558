package org.campo.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows rendered on the export's threads read back as the cells that were given. */
class XlsxTableSinkTest {
    @TempDir
    Path tmp;

    @Test
    void textNumbersGapsAndAwkwardCharactersReadBackAsWritten() throws Exception {
        FieldSchema age = new FieldSchema("/data/age", "age", FieldKind.INTEGER, Map.of(), List.of(), null, false, false);
        DatasetTable table = new DatasetTable("t", null, List.of(Column.system("KEY"), Column.system("note"),
                new Column("age", age, null), Column.system("last")));
        Path file = tmp.resolve("t.xlsx");
        try (XlsxTableSink sink = new XlsxTableSink(file, List.of(table))) {
            sink.row(table, List.of("uuid:1", "a & b <c> \"d\"", "42", " lead"));
            sink.row(table, Arrays.asList("uuid:2", "", "n/a", "line\nbreak\u0001"));
            sink.row(table, Arrays.asList("uuid:3", null, "", "Ñandú"));
            sink.commit();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(3);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("note");
            Row r1 = s.getRow(1);
            assertThat(r1.getCell(1).getStringCellValue()).isEqualTo("a & b <c> \"d\"");
            assertThat(r1.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(r1.getCell(2).getNumericCellValue()).isEqualTo(42.0);
            assertThat(r1.getCell(3).getStringCellValue()).isEqualTo(" lead");
            Row r2 = s.getRow(2);
            assertThat(r2.getCell(1)).isNull();
            assertThat(r2.getCell(2).getStringCellValue()).isEqualTo("n/a");
            assertThat(r2.getCell(3).getStringCellValue()).isEqualTo("line\nbreak?");
            Row r3 = s.getRow(3);
            assertThat(r3.getCell(0).getStringCellValue()).isEqualTo("uuid:3");
            assertThat(r3.getCell(2)).isNull();
            assertThat(r3.getCell(3).getStringCellValue()).isEqualTo("Ñandú");
        }
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("t.xlsx");
        }
    }

    @Test
    void repeatSheetsAreNamedByTheRepeatCutAtTheRightAndUniqueInTheWorkbook() throws Exception {
        DatasetTable main = table("flow_monitoring_survey_2024_peru_tumbes", null);
        DatasetTable members = table("flow_monitoring_survey_2024_peru_tumbes-group_member", "/data/hh/group_member");
        DatasetTable again = table("flow_monitoring_survey_2024_peru_tumbes-group_member", "/data/visit/group_member");
        DatasetTable upper = table("flow_monitoring_survey_2024_peru_tumbes-GROUP_MEMBER", "/data/GROUP_MEMBER");
        DatasetTable lengthy = table("x", "/data/household_members_travelling_together_today");
        List<DatasetTable> tables = List.of(main, members, again, upper, lengthy);

        List<String> expected = List.of("flow_monitoring_survey_2024_per", "group_member", "group_member~2",
                "GROUP_MEMBER~3", "household_members_travelling_to");
        assertThat(XlsxTableSink.sheetNames(tables)).containsExactlyElementsOf(expected);
        Path file = tmp.resolve("names.xlsx");
        try (XlsxTableSink sink = new XlsxTableSink(file, tables)) {
            sink.row(members, List.of("uuid:1", "uuid:1/member[1]"));
            sink.commit();
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb).extracting(Sheet::getSheetName).containsExactlyElementsOf(expected);
            assertThat(wb.getSheet("group_member").getRow(1).getCell(1).getStringCellValue()).isEqualTo("uuid:1/member[1]");
        }
    }

    private static DatasetTable table(String name, String repeatPath) {
        return new DatasetTable(name, repeatPath, List.of(Column.system("KEY"), Column.system("PARENT_KEY")));
    }

    @Test
    void everySheetDeclaresTheExtentOfItsRowsForStreamingReaders() throws Exception {
        DatasetTable main = new DatasetTable("f", null, List.of(Column.system("KEY"), Column.system("a"),
                Column.system("b"), Column.system("c")));
        DatasetTable repeat = new DatasetTable("f-r", "/data/r", List.of(Column.system("PARENT_KEY"),
                Column.system("KEY"), Column.system("position")));
        DatasetTable empty = new DatasetTable("f-e", "/data/e", List.of(Column.system("PARENT_KEY"),
                Column.system("KEY")));
        Path file = tmp.resolve("f.xlsx");
        try (XlsxTableSink sink = new XlsxTableSink(file, List.of(main, repeat, empty))) {
            for (int i = 1; i <= 12; i++) {
                sink.row(main, Arrays.asList("uuid:" + i, "x", null, i % 2 == 0 ? "" : "last"));
            }
            sink.row(repeat, List.of("uuid:1", "uuid:1/r[1]", "1"));
            sink.row(repeat, List.of("uuid:1", "uuid:1/r[2]", "2"));
            sink.commit();
        }
        Map<String, String> dimensions = new java.util.TreeMap<>();
        Map<String, Integer> rows = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                String xml = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<dimension ref=\"([^\"]+)\"").matcher(xml);
                assertThat(m.find()).as(entry.getName()).isTrue();
                dimensions.put(entry.getName(), m.group(1));
                rows.put(entry.getName(), xml.split("<row ", -1).length - 1);
            }
        }
        assertThat(dimensions).containsExactly(Map.entry("xl/worksheets/sheet1.xml", "A1:D13"),
                Map.entry("xl/worksheets/sheet2.xml", "A1:C3"), Map.entry("xl/worksheets/sheet3.xml", "A1:B1"));
        assertThat(rows).containsExactly(Map.entry("xl/worksheets/sheet1.xml", 13),
                Map.entry("xl/worksheets/sheet2.xml", 3), Map.entry("xl/worksheets/sheet3.xml", 1));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(12);
            assertThat(wb.getSheetAt(0).getRow(12).getCell(0).getStringCellValue()).isEqualTo("uuid:12");
        }
    }
}
