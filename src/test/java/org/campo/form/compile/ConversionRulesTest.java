package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Conversion rules and checks taken over from pyxform 4.5.0, each on a small form written for it. */
class ConversionRulesTest {
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    @Test
    void defaultsAreDynamicOnlyWhenPyxformsLexerFindsAnOperatorReferenceOrCall() {
        assertThat(DynamicDefault.isDynamic("hh-01", "select_one")).isFalse();
        assertThat(DynamicDefault.isDynamic("3-2", "select_one")).isFalse(); // two numbers, "3" and "-2"
        assertThat(DynamicDefault.isDynamic("08:30:00+02:00", "time")).isFalse();
        assertThat(DynamicDefault.isDynamic("2024-05-01", "date")).isFalse();
        assertThat(DynamicDefault.isDynamic("3 - 2", "integer")).isTrue();
        assertThat(DynamicDefault.isDynamic("today()", "date")).isTrue();
        assertThat(DynamicDefault.isDynamic("${household}", "text")).isTrue();
        assertThat(DynamicDefault.isDynamic("5 div 2", "decimal")).isTrue();
    }

    @Test
    void aLiteralDefaultGoesIntoTheInstanceWithoutASetvalue() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type          | name    | label   | default        |
                | | select_one hh | shelter | Shelter | hh-01          |
                | | time          | arrival | Arrival | 08:30:00+02:00 |
                | choices |
                | | list_name | name  | label |
                | | hh        | hh-01 | Tent  |
                | | hh        | hh-02 | House |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<shelter>hh-01</shelter>", "<arrival>08:30:00+02:00</arrival>")
                .doesNotContain("setvalue");
    }

    @Test
    void anImageDefaultNamesAMediaFile() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type  | name | label | default   |
                | | image | map  | Map   | route.png |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<map>jr://images/route.png</map>");
    }

    @Test
    void metaIsReservedForEveryKindOfRow() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type        | name | label |
                | | begin group | g    | G     |
                | | text        | meta | Meta  |
                | | end group   |      |       |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.nameReserved");
        assertThat(r.errors().get(0).row()).isEqualTo(3);
    }

    @Test
    void repeatNamesAreUniqueAcrossTheFormAndDifferFromTheRoot() {
        CompileResult twice = compiler.compileMarkdown("""
                | survey |
                | | type         | name    | label   |
                | | begin group  | site    | Site    |
                | | begin repeat | members | Members |
                | | text         | name    | Name    |
                | | end repeat   |         |         |
                | | end group    |         |         |
                | | begin repeat | members | Members |
                | | text         | age     | Age     |
                | | end repeat   |         |         |
                """, "f");
        assertThat(twice.errors()).extracting(CompileMessage::key).containsExactly("form.compile.repeatNameDuplicate");
        CompileMessage m = twice.errors().get(0);
        assertThat(m.row()).isEqualTo(7);
        assertThat(m.text(Locale.ENGLISH)).contains("\"members\"", "row 3");
        assertThat(m.text(new Locale("es"))).contains("\"members\"", "fila 3");

        CompileResult root = compiler.compileMarkdown("""
                | survey |
                | | type         | name | label |
                | | begin repeat | f    | F     |
                | | text         | q    | Q     |
                | | end repeat   |      |       |
                """, "f");
        assertThat(root.errors()).extracting(CompileMessage::key).containsExactly("form.compile.repeatNameIsRoot");
    }

    @Test
    void twoSpellingsOfOneColumnAreALocatedError() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | name | label   | caption |
                | | text | q    | Q label | Q cap   |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.headerAliasDuplicate");
        assertThat(r.errors().get(0).sheet()).isEqualTo("survey");
        assertThat(r.errors().get(0).text(Locale.ENGLISH)).contains("\"label\"", "\"caption\"");
    }

    @Test
    void aBigImageNeedsAnImage() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | name | label | media::big-image |
                | | note | map  | Map   | big.png          |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.bigImageWithoutImage");
        assertThat(r.errors().get(0).row()).isEqualTo(2);
    }

    @Test
    void searchCannotBeUsedOnASelectFromAFileNorShareItsListWithAPlainSelect() {
        CompileResult fromFile = compiler.compileMarkdown("""
                | survey |
                | | type                              | name | label | appearance           |
                | | select_one_from_file clinics.csv | c    | C     | search('clinics')    |
                """, "f");
        assertThat(fromFile.errors()).extracting(CompileMessage::key).containsExactly("form.compile.searchFromFile");

        CompileResult shared = compiler.compileMarkdown("""
                | survey |
                | | type             | name  | label | appearance        |
                | | select_one sites | site  | Site  | search('sites')   |
                | | select_one sites | other | Other |                   |
                | choices |
                | | list_name | name | label |
                | | sites     | id   | name  |
                """, "f");
        assertThat(shared.errors()).extracting(CompileMessage::key).containsExactly("form.compile.searchListShared");
        assertThat(shared.errors().get(0).text(Locale.ENGLISH)).contains("\"site\"", "\"sites\"", "\"other\"");
    }

    @Test
    void runsOfSpacesInSurveyCellsBecomeOneUnlessCleanTextValuesIsOff() {
        String survey = """
                | survey |
                | | type    | name | label      | calculation               |
                | | integer | n    | Two  words | string-length('a    b')   |
                """;
        CompileResult on = compiler.compileMarkdown(survey, "f");
        assertThat(on.xform()).contains("<label>Two words</label>", "calculate=\"string-length('a b')\"");
        CompileResult off = compiler.compileMarkdown(survey + """
                | settings |
                | | clean_text_values |
                | | no                |
                """, "f");
        assertThat(off.xform()).contains("<label>Two  words</label>", "calculate=\"string-length('a    b')\"");
    }

    @Test
    void instanceIdCanBeReferencedOrOmitted() {
        CompileResult referenced = compiler.compileMarkdown("""
                | survey |
                | | type      | name | label | calculation   |
                | | calculate | copy |       | ${instanceID} |
                """, "f");
        assertThat(referenced.ok()).isTrue();
        assertThat(referenced.xform()).contains("calculate=\" /f/meta/instanceID \"");

        CompileResult omitted = compiler.compileMarkdown("""
                | survey |
                | | type | name | label |
                | | text | q    | Q     |
                | settings |
                | | omit_instanceID |
                | | yes             |
                """, "f");
        assertThat(omitted.ok()).isTrue();
        assertThat(omitted.xform()).doesNotContain("instanceID", "<meta>");

        CompileResult encrypted = compiler.compileMarkdown("""
                | survey |
                | | type | name | label |
                | | text | q    | Q     |
                | settings |
                | | omit_instanceID | public_key |
                | | yes             | MIIBIjANBg |
                """, "f");
        assertThat(encrypted.errors()).extracting(CompileMessage::key)
                .containsExactly("form.compile.omitInstanceIdEncrypted");
    }

    @Test
    void oneInstanceIdCannotNameTwoSources() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type         | name   | label | calculation                          |
                | | csv-external | prices |       |                                      |
                | | calculate    | price  |       | pulldata('prices', 'p', 'k', 'rice') |
                | | xml-external | shops  |       |                                      |
                | | calculate    | shop   |       | pulldata('shops', 'n', 'k', 'one')   |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.instanceSourceClash");
        assertThat(r.errors().get(0).text(Locale.ENGLISH)).contains("\"shops\"", "jr://file/shops.xml",
                "jr://file-csv/shops.csv");
    }

    @Test
    void aChoiceLabelWithAnAnswerIsSpacedLikePyxform() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type          | name  | label |
                | | text          | place | Place |
                | | select_one go | next  | Next  |
                | choices |
                | | list_name | name | label             |
                | | go        | stay | Stay in ${place}  |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<value> Stay in <output value=\" /f/place \"/> </value>");
    }

    @Test
    void aHeaderWithANoBreakSpaceIsStillItsColumn() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | \u00a0name\u00a0 | label |
                | | text | village      | Village |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<village/>");
    }

    @Test
    void aLoneSettingsSheetIsNotTakenForTheSurvey() {
        CompileResult r = compiler.compileMarkdown("""
                | settings |
                | | form_title |
                | | Household  |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.noSurveySheet");
    }

    @Test
    void aCalculateNeedsACalculationOrADynamicDefault() {
        CompileResult literal = compiler.compileMarkdown("""
                | survey |
                | | type      | name  | label | default |
                | | calculate | total |       | 12      |
                """, "f");
        assertThat(literal.errors()).extracting(CompileMessage::key).containsExactly("form.compile.calculationMissing");
        CompileResult dynamic = compiler.compileMarkdown("""
                | survey |
                | | type      | name  | label | default |
                | | calculate | start |       | now()   |
                """, "f");
        assertThat(dynamic.ok()).isTrue();
    }

    @Test
    void orOtherCannotBeFiltered() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type                    | name   | label  | choice_filter |
                | | text                    | region | Region |               |
                | | select_one town or_other | town  | Town   | reg = ${region} |
                | choices |
                | | list_name | name | label | reg |
                | | town      | a    | A     | n   |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.orOtherChoiceFilter");
        assertThat(r.errors().get(0).row()).isEqualTo(3);
    }

    @Test
    void aRepeatInsideALoopOverSeveralChoicesIsRefused() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type                  | name   | label            |
                | | begin loop over crops | crop   |                  |
                | | begin repeat          | plots  | Plots            |
                | | integer               | size   | Size of %(label)s |
                | | end repeat            |        |                  |
                | | end loop              |        |                  |
                | choices |
                | | list_name | name  | label |
                | | crops     | maize | Maize |
                | | crops     | beans | Beans |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.repeatInLoop");
        assertThat(r.errors().get(0).row()).isEqualTo(3);
    }

    @Test
    void lastSavedCannotShareItsInstanceIdWithAnExternalFile() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type         | name         | label | default               |
                | | xml-external | __last-saved |       |                       |
                | | integer      | visits       | Visits | ${last-saved#visits} |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.instanceSourceClash");
    }

    @Test
    void theIndexArgumentOfIndexedRepeatIsRelativeTheOthersAbsolute() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type         | name  | label | calculation                                  |
                | | begin repeat | visit | Visit |                                              |
                | | integer      | n     |       | position(..)                                 |
                | | decimal      | w     | W     |                                              |
                | | calculate    | prev  |       | indexed-repeat(${w}, ${visit}, ${n} - 1)     |
                | | end repeat   |       |       |                                              |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("calculate=\"indexed-repeat( /f/visit/w ,  /f/visit ,  ../n  - 1)\"");
    }

    @Test
    void aGroupCanNameAnAppThatFillsIt() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type        | name | label | intent                               |
                | | text        | area | Area  |                                      |
                | | begin group | map  | Map   | org.example.MAP(area=${area})        |
                | | text        | note | Note  |                                      |
                | | end group   |      |       |                                      |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<group ref=\"/f/map\" intent=\"org.example.MAP(area= /f/area )\">");
    }

    @Test
    void rangeLabelsSitOnTheTicksWhenThereAreTicks() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type  | name | label | parameters                                      |
                | | range | pain | Pain  | start=0 end=10 tick_interval=5 tick_labelset=p  |
                | choices |
                | | list_name | name | label |
                | | p         | 0    | None  |
                | | p         | 3    | Some  |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.rangeMultiple");
    }

    @Test
    void aTranslatedNoAppErrorStringGoesToItextLikeTheOtherMessages() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type  | name  | label::English (en) | noAppErrorString::English (en) |
                | | image | photo | Photo               | No camera app                  |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("jr:noAppErrorString=\"jr:itext('/f/photo:jr:noAppErrorString')\"",
                "<text id=\"/f/photo:jr:noAppErrorString\">");
    }
}
