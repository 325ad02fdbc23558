package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.junit.jupiter.api.Test;

/** Tiny workbooks whose shape (row numbers, nesting) would otherwise cost far more than their size. */
class WorkbookLimitsTest {
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    /** A hand-written .xlsx whose survey sheet has a header on row 1 and one question on {@code row}. */
    static byte[] xlsxWithQuestionOnRow(long row) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="survey" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            put(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                    <row r="1"><c r="A1" t="inlineStr"><is><t>type</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>label</t></is></c></row>
                    <row r="%1$d"><c r="A%1$d" t="inlineStr"><is><t>text</t></is></c><c r="B%1$d" t="inlineStr"><is><t>far</t></is></c><c r="C%1$d" t="inlineStr"><is><t>Far away</t></is></c></row>
                    </sheetData></worksheet>""".formatted(row));
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aRowNumberedNearTheIntegerLimitCostsOneRow() throws Exception {
        long before = usedHeap();
        CompileResult r = compiler.compile(new ByteArrayInputStream(xlsxWithQuestionOnRow(2_147_483_647L)), "far.xlsx");
        // the sheet is read sparsely: a located result, with no allocation for the missing rows
        assertThat(usedHeap() - before).isLessThan(256L * 1024 * 1024);
        assertThat(r.errors()).isEmpty();
        assertThat(r.sources().locate("/data/far", null).orElseThrow().row()).isEqualTo(2_147_483_647);
    }

    @Test
    void aQuestionOnAFarRowKeepsItsRowNumberInMessages() throws Exception {
        CompileResult r = compiler.compile(new ByteArrayInputStream(xlsxWithQuestionOnRow(1_000_000L)), "far.xlsx");
        assertThat(r.errors()).isEmpty();
        assertThat(r.sources().locate("/data/far", null).orElseThrow().row()).isEqualTo(1_000_000);
    }

    private static String nestedGroups(int depth) {
        StringBuilder md = new StringBuilder("| survey |\n| | type | name | label |\n");
        for (int i = 0; i < depth; i++) {
            md.append("| | begin group | g").append(i).append(" | G").append(i).append(" |\n");
        }
        md.append("| | text | deep | Deep |\n");
        for (int i = 0; i < depth; i++) {
            md.append("| | end group | | |\n");
        }
        return md.toString();
    }

    @Test
    void thousandsOfNestedGroupsAreOneLocatedErrorNotAStackOverflow() {
        for (int depth : new int[] {1_000, 10_000}) {
            CompileResult r = compiler.compileMarkdown(nestedGroups(depth), "data");
            assertThat(r.ok()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(m -> {
                assertThat(m.key()).isEqualTo("form.compile.nestingTooDeep");
                assertThat(m.row()).isEqualTo(2 + SurveyParser.MAX_NESTING); // header is row 1, g0 is row 2
            });
        }
    }

    @Test
    void nestingUpToTheLimitCompilesAndTheFormEngineLoadsIt() {
        CompileResult r = compiler.compileMarkdown(nestedGroups(SurveyParser.MAX_NESTING), "data");
        assertThat(r.errors()).isEmpty();
        assertThat(new FormLoader(FormDefinitionCache.none()).load(r.xform()).schema().fieldsOf(null)).isNotNull();
    }

    @Test
    void aSurveySheetPastTheRowLimitIsOneLocatedErrorBeforeAnythingIsBuilt() {
        StringBuilder md = new StringBuilder("| survey |\n| | type | name | label |\n");
        for (int i = 0; i <= SurveyParser.MAX_SURVEY_ROWS; i++) {
            md.append("| | integer | q").append(i).append(" | Q").append(i).append(" |\n");
        }

        CompileResult r = compiler.compileMarkdown(md.toString(), "data");

        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("form.compile.tooManyRows");
            assertThat(m.row()).isEqualTo(2 + SurveyParser.MAX_SURVEY_ROWS); // header is row 1, q0 is row 2
        });
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
