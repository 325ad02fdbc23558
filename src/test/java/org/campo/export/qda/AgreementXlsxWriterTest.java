package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campo.qda.QdaFixture;
import org.campo.qda.agreement.AgreementRequest;
import org.campo.qda.agreement.InterCoderAgreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementXlsxWriterTest {
    @TempDir
    Path dir;

    @Test
    void workbookCarriesPerCodeFiguresAndTheTextWhereCodersDiffer() throws Exception {
        String text = "Los migrantes no tienen carnet de extranjería. ".repeat(20) + QdaFixture.text(60);
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto")
                .code("p", null, "Barreras").code("d", "p", "Documentación").source("s1", null, text);
        f.coding("s1", "d", "a", 0, 46).coding("s1", "d", "b", 0, 20);
        var report = new InterCoderAgreement().compute(f.snapshot(), new AgreementRequest(List.of("a", "b"), null));
        Path file = dir.resolve("agreement.xlsx");

        new AgreementXlsxWriter(Locale.ENGLISH).write(report, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet perCode = wb.getSheet("Per code");
            Row codeRow = findRow(perCode, "Barreras/Documentación");
            assertThat(codeRow.getCell(6).getNumericCellValue())
                    .isCloseTo(report.perCode().get(0).figures().kappa(), offset(1e-9));
            assertThat(findRow(perCode, "Overall")).isNotNull();
            Sheet diffs = wb.getSheet("Differences");
            assertThat(diffs.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Ana");
            assertThat(diffs.getRow(1).getCell(6).getStringCellValue()).isEqualTo(text.substring(20, 46));
        }
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }
}
