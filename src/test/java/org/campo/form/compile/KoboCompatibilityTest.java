package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Forms that pyxform (and so Kobo) accepts compile the same way in Campo. */
class KoboCompatibilityTest {
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    private static XFormAssertions xform(CompileResult r) {
        assertThat(r.errors()).isEmpty();
        return new XFormAssertions(r.xform());
    }

    @Test
    void oldSelectSpellingsAreSelectsOverTheirList() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type                                  | name | label |
                | | select one from yn                    | a    | A     |
                | | select all that apply from yn         | b    | B     |
                | | select1 yn                            | c    | C     |
                | | add select one prompt using yn        | d    | D     |
                | | add select multiple prompt using yn   | e    | E     |
                | | select_one yn or specify other        | f    | F     |
                | | select all that apply yn or other     | g    | G     |
                | choices |
                | | list_name | name | label |
                | | yn        | yes  | Yes   |
                | | yn        | no   | No    |
                """, "data");
        XFormAssertions x = xform(r);
        for (String one : new String[] {"a", "c", "d", "f"}) {
            assertThat(x.count("/h:html/h:body/x:select1[@ref='/data/" + one + "']/x:itemset[@nodeset=\"instance('yn')/root/item\"]"))
                    .as(one).isEqualTo(1);
        }
        for (String many : new String[] {"b", "e", "g"}) {
            assertThat(x.count("/h:html/h:body/x:select[@ref='/data/" + many + "']")).as(many).isEqualTo(1);
        }
        assertThat(x.count("/h:html/h:head/x:model/x:bind[@nodeset='/data/f_other']")).isEqualTo(1);
        assertThat(x.count("/h:html/h:head/x:model/x:bind[@nodeset='/data/g_other']")).isEqualTo(1);
    }

    @Test
    void oldQuestionTypeSpellingsKeepTheirTypeConstraintAndHint() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type                          | name | label |
                | | q int                         | a    | A     |
                | | add date time prompt          | b    | B     |
                | | q picture                     | c    | C     |
                | | get today                     | d    |       |
                | | percentage                    | e    | E     |
                | | number of days in last month  | f    | F     |
                | | phone number                  | g    | G     |
                | | add location prompt           | h    | H     |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.count("//x:bind[@nodeset='/data/a' and @type='int']")).isEqualTo(1);
        assertThat(x.count("//x:bind[@nodeset='/data/b' and @type='dateTime']")).isEqualTo(1);
        assertThat(x.count("//h:body/x:upload[@ref='/data/c' and @mediatype='image/*']")).isEqualTo(1);
        assertThat(x.count("//x:bind[@nodeset='/data/d' and @jr:preload='date' and @jr:preloadParams='today']"))
                .isEqualTo(1);
        assertThat(x.count("//x:bind[@nodeset='/data/e' and @type='int' and @constraint='0 <= . and . <= 100']"))
                .isEqualTo(1);
        assertThat(x.values("//h:body/x:input[@ref='/data/f']/x:hint/text()")).containsExactly("Enter a number 0-31.");
        assertThat(x.count("//x:bind[@nodeset='/data/g' and @type='string' and @constraint=\"regex(., '^\\d*$')\"]"))
                .isEqualTo(1);
        assertThat(x.count("//x:bind[@nodeset='/data/h' and @type='geopoint']")).isEqualTo(1);
    }

    @Test
    void oldRepeatNamesAreRepeats() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type               | name | label |
                | | begin lgroup       | p    | P     |
                | | text               | t    | T     |
                | | end lgroup         |      |       |
                | | begin looped group | q    | Q     |
                | | text               | u    | U     |
                | | end looped group   |      |       |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.count("//h:body/x:group/x:repeat[@nodeset='/data/p']/x:input[@ref='/data/p/t']")).isEqualTo(1);
        assertThat(x.count("//h:body/x:group/x:repeat[@nodeset='/data/q']/x:input[@ref='/data/q/u']")).isEqualTo(1);
    }

    @Test
    void aLoopAsksItsQuestionsOncePerChoiceWithTheChoiceFilledIn() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type               | name       | label                 |
                | | begin loop over crops | crop    | Crops                 |
                | | integer            | area_%(name)s | Area of %(label)s? |
                | | end loop           |            |                       |
                | choices |
                | | list_name | name  | label |
                | | crops     | maize | Maize |
                | | crops     | beans | Beans |
                | | crops     | none  | None  |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.count("/h:html/h:head/x:model/x:instance/x:data/x:crop/x:maize/x:area_maize")).isEqualTo(1);
        assertThat(x.count("/h:html/h:head/x:model/x:instance/x:data/x:crop/x:beans/x:area_beans")).isEqualTo(1);
        assertThat(x.count("/h:html/h:head/x:model/x:instance/x:data/x:crop/x:none")).isZero();
        assertThat(x.values("//h:body/x:group[@ref='/data/crop']/x:group[@ref='/data/crop/beans']/x:label/text()"))
                .containsExactly("Beans");
        assertThat(x.values("//x:input[@ref='/data/crop/maize/area_maize']/x:label/text()"))
                .containsExactly("Area of Maize?");
    }

    @Test
    void aLoopWithoutAListIsALocatedError() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type       | name | label |
                | | begin loop | l    | L     |
                | | text       | t    | T     |
                | | end loop   |      |       |
                """, "data");
        assertThat(r.errors()).extracting(CompileMessage::key, CompileMessage::row)
                .contains(org.assertj.core.groups.Tuple.tuple("form.compile.loopListMissing", 2));
    }

    @Test
    void anUnlabelledQuestionWithLabelAppearanceGetsABlankLabel() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type           | name | label | appearance |
                | | begin group    | tbl  | Table | field-list |
                | | select_one yn  | hdr  |       | label      |
                | | select_one yn  | q1   | Q1    | list-nolabel |
                | | end group      |      |       |            |
                | choices |
                | | list_name | name | label |
                | | yn        | yes  | Yes   |
                """, "data");
        assertThat(r.errors()).isEmpty();
        assertThat(r.xform().replaceAll(">\\s*\\n\\s*<", "><"))
                .contains("<select1 ref=\"/data/tbl/hdr\" appearance=\"label\"><label> </label>");
    }

    @Test
    void anUnlabelledQuestionWithAnotherAppearanceIsStillAnError() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | name | label | appearance |
                | | text | a    |       | multiline  |
                """, "data");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.labelMissing");
    }

    @Test
    void aRepeatedColumnHeaderIsALocatedErrorNotASilentLoss() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | name | label::English (en) | label::French (fr) | label::English (en) |
                | | text | a    | A                   | Fa                 | A again             |
                """, "data");
        assertThat(r.ok()).isFalse();
        CompileMessage m = r.errors().get(0);
        assertThat(m.key()).isEqualTo("form.compile.headerDuplicate");
        assertThat(m.sheet()).isEqualTo("survey");
        assertThat(m.row()).isEqualTo(1);
        assertThat(m.text(Locale.ENGLISH)).contains("label::English (en)", "columns C and E");
    }

    @Test
    void aRepeatedColumnHeaderInAnXlsxWorkbookIsLocatedAtItsHeaderRow() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var survey = wb.createSheet("survey");
            survey.createRow(2); // two blank rows above the header
            Row header = survey.createRow(2);
            String[] h = {"type", "name", "label", "label"};
            for (int i = 0; i < h.length; i++) {
                header.createCell(i).setCellValue(h[i]);
            }
            Row q = survey.createRow(3);
            q.createCell(0).setCellValue("text");
            q.createCell(1).setCellValue("a");
            q.createCell(2).setCellValue("A");
            wb.write(out);
            bytes = out.toByteArray();
        }
        CompileResult r = compiler.compile(new ByteArrayInputStream(bytes), "dup.xlsx");
        assertThat(r.errors()).extracting(CompileMessage::key, CompileMessage::row, CompileMessage::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form.compile.headerDuplicate", 3, "label"));
    }

    @Test
    void translatedLabelsOfCalculationsAndMetadataGoToItext() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type      | name  | label::English (en) | label::French (fr) | calculation |
                | | integer   | n     | Number              | Nombre             |             |
                | | calculate | twice | Twice the number    | Deux fois          | ${n} * 2    |
                | | start     | began | Started at          | Commencé à         |             |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.values("//x:translation[@lang='French (fr)']/x:text[@id='/data/twice:label']/x:value/text()"))
                .containsExactly("Deux fois");
        assertThat(x.values("//x:translation[@lang='English (en)']/x:text[@id='/data/began:label']/x:value/text()"))
                .containsExactly("Started at");
        assertThat(x.count("//h:body//*[@ref='/data/twice']")).isZero();
    }

    @Test
    void aBareNamedDefaultLanguageKeepsItsNameForUntranslatedColumns() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | settings |
                | | default_language |
                | | English          |
                | survey |
                | | type          | name | label | label::French |
                | | text          | a    | A     | Fa            |
                | | select_one yn | s    | S     | Fs            |
                | choices |
                | | list_name | name | label | label::French |
                | | yn        | yes  | Yes   | Oui           |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.values("//x:itext/x:translation/@lang")).containsExactlyInAnyOrder("English", "French");
        assertThat(x.count("//x:itext/x:translation[@lang='English' and @default='true()']")).isEqualTo(1);
        assertThat(x.values("//x:translation[@lang='English']/x:text[@id='yn-0']/x:value/text()")).containsExactly("Yes");
    }

    @Test
    void aChoiceLabelThatShowsAnAnswerGoesToItextWithAnOutput() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type          | name  | label          |
                | | text          | other | Other place?   |
                | | select_one c1 | where | Where?         |
                | choices |
                | | list_name | name  | label     |
                | | c1        | home  | Home      |
                | | c1        | other | ${other}  |
                """, "data");
        XFormAssertions x = xform(r);
        assertThat(x.count("//x:translation/x:text[@id='c1-1']/x:value/x:output[@value=' /data/other ']"))
                .isEqualTo(1);
        assertThat(x.count("//x:instance[@id='c1']/x:root/x:item[x:itextId='c1-1' and not(x:label)]")).isEqualTo(1);
    }

    @Test
    void aChoiceLabelNamingAnUnknownQuestionIsLocatedOnTheChoicesSheet() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type          | name  | label  |
                | | select_one c1 | where | Where? |
                | choices |
                | | list_name | name  | label     |
                | | c1        | other | ${nowhere} |
                """, "data");
        assertThat(r.errors()).extracting(CompileMessage::key, CompileMessage::sheet, CompileMessage::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("form.compile.refUnknown", "choices", 2));
    }
}
