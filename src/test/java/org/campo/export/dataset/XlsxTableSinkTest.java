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
}
