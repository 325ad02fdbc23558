package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Behaviours taken over from pyxform 4.5.0, checked on small forms. */
class PyxformBehaviourTest {
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    @Test
    void sensitiveAndScreeningColumnsReachTheBindInTheCampoNamespace() throws Exception {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type              | name    | label   | bind::campo:screening | bind::campo:sensitive |
                | | select_one yes_no | consent | Consent | yes                   |                       |
                | | text              | phone   | Phone   |                       | yes                   |
                | choices |
                | | list_name | name | label |
                | | yes_no    | yes  | Yes   |
                | | yes_no    | no   | No    |
                """, "s");
        assertThat(r.ok()).isTrue();
        XFormAssertions xml = new XFormAssertions(r.xform());
        assertThat(xml.count("/h:html/h:head/x:model/x:bind[@nodeset='/s/consent']"
                + "[@*[namespace-uri()='" + XFormWriter.CAMPO_NS + "' and local-name()='screening'] = 'yes']"))
                .isEqualTo(1);
        assertThat(xml.count("/h:html/h:head/x:model/x:bind[@nodeset='/s/phone']"
                + "[@*[namespace-uri()='" + XFormWriter.CAMPO_NS + "' and local-name()='sensitive'] = 'yes']"))
                .isEqualTo(1);
        assertThat(r.sensitivePaths()).containsExactly("/s/phone");
    }

    @Test
    void referenceGeometryFromAChoiceListBecomesAnItemset() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type     | name | label | parameters            |
                | | geoshape | plot | Plot  | reference-geometry=c1 |
                | choices |
                | | list_name | name | label | geometry |
                | | c1        | n1   | N1    | 1 2 0 0  |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<itemset nodeset=\"instance('c1')/root/item\">")
                .doesNotContain("reference-geometry");
    }

    @Test
    void referenceGeometryNamingNothingIsALocatedTranslatedError() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type     | name | label | parameters              |
                | | geoshape | plot | Plot  | reference-geometry=nope |
                """, "f");
        assertThat(r.ok()).isFalse();
        CompileMessage m = r.errors().get(0);
        assertThat(m.key()).isEqualTo("form.compile.referenceGeometryUnknown");
        assertThat(m.row()).isEqualTo(2);
        assertThat(m.text(Locale.ENGLISH)).startsWith("survey!2 (parameters): The reference-geometry parameter \"nope\"");
        assertThat(m.text(new Locale("es"))).startsWith("survey!2 (parameters): El parámetro reference-geometry \"nope\"");
    }

    @Test
    void aHiddenQuestionCannotTriggerACalculation() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type      | name  | label | calculation | trigger |
                | | calculate | one   |       | 5 + 4       |         |
                | | calculate | stamp |       | now()       | ${one}  |
                """, "f");
        assertThat(r.errors()).extracting(CompileMessage::key).containsExactly("form.compile.triggerHidden");
        assertThat(r.errors().get(0).row()).isEqualTo(3);
    }

    @Test
    void aComputedQuestionWithoutLabelGetsNoControlButKeepsItsType() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type    | name | label | calculation |
                | | integer | a    |       | 2 * 2       |
                | | text    | b    | B     |             |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<bind nodeset=\"/f/a\" type=\"int\" calculate=\"2 * 2\"/>")
                .doesNotContain("ref=\"/f/a\"");
    }

    @Test
    void choicesCanComeFromEarlierAnswersInARepeat() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type               | name   | label  |
                | | begin repeat       | member | Member |
                | | text               | name   | Name   |
                | | end repeat         |        |        |
                | | select_one ${name} | head   | Head   |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("<itemset nodeset=\"/f/member[./name != '']\">")
                .contains("<value ref=\"name\"/>").contains("<label ref=\"name\"/>");
    }

    @Test
    void labelOutputsArePaddedLikePyxform() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type | name | label        |
                | | text | a    | A            |
                | | note | n1   | Before ${a}  |
                | | note | n2   | ${a} after   |
                """, "f");
        assertThat(r.xform()).contains("<label> Before <output value=\" /f/a \"/> </label>")
                .contains("<label><output value=\" /f/a \"/> after </label>");
    }

    @Test
    void commonAuthorMistakesWarnButCompile() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type  | name  | label::English | label::Español (es) | hint::Español (es) |
                | | image | photo | Photo          | Foto                | Una foto           |
                | setings |
                | | form_title |
                | | T          |
                """, "f");
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).extracting(CompileMessage::key).contains("form.compile.sheetNameSimilar",
                "form.compile.translationMissing", "form.compile.languageWithoutCode", "form.compile.imageMaxPixels");
    }
}
