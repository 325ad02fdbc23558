package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class XlsFormCompilerTest {
    private final XlsFormCompiler compiler = new XlsFormCompiler();

    @Test
    void sensitiveFieldsReachTheBindWithTheCampoNamespaceAndAreListed() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type    | name  | label | bind::campo:sensitive |
                | | text    | nombre | Nombre | yes |
                | | integer | edad  | Edad  |     |
                """, "entrevista");
        assertThat(r.ok()).isTrue();
        assertThat(r.xform()).contains("xmlns:campo=\"https://campo.org/xforms\"")
                .contains("campo:sensitive=\"yes\"");
        assertThat(r.sensitivePaths()).containsExactly("/entrevista/nombre");
    }

    @Test
    void unknownReferenceIsLocatedAndReadableInSpanishAndEnglish() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type    | name | label | relevant      |
                | | integer | edad | Edad  |               |
                | | text    | obs  | Obs   | ${age} > 18   |
                """, "f");
        assertThat(r.ok()).isFalse();
        assertThat(r.xform()).isNull();
        CompileMessage m = r.errors().get(0);
        assertThat(m.key()).isEqualTo("form.compile.refUnknown");
        assertThat(m.row()).isEqualTo(3);
        assertThat(m.text(Locale.ENGLISH)).isEqualTo("survey!3 (relevant): ${age} refers to a question that does not exist.");
        assertThat(m.text(new Locale("es"))).isEqualTo("survey!3 (relevant): ${age} se refiere a una pregunta que no existe.");
    }

    @Test
    void referencesInsideARepeatAreRelative() {
        CompileResult r = compiler.compileMarkdown("""
                | survey |
                | | type         | name | label | relevant   |
                | | begin repeat | p    | P     |            |
                | | integer      | a    | A     |            |
                | | text         | b    | B     | ${a} > 1   |
                | | end repeat   |      |       |            |
                """, "f");
        assertThat(r.xform()).contains("relevant=\" ../a  &gt; 1\"");
    }
}
