package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.CompileResult;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code form check} runs what {@code form import} runs: each form below compiled before (the
 * XLSForm compiler alone saw nothing wrong) and was refused by the engine at import, or imported
 * with broken logic. Each is now refused by the check, located at the row and column of the
 * expression at fault, and the import refuses it with the same first error.
 */
class FormCheckerTest {
    @TempDir
    Path dir;

    private static String survey(String header, String... rows) {
        StringBuilder md = new StringBuilder("| survey |\n| | " + header + " |\n");
        for (String row : rows) {
            md.append("| | ").append(row).append(" |\n");
        }
        return md.toString();
    }

    private CompileResult check(String md) {
        AppContext ctx = TestApp.context(dir.resolve("home"));
        return ctx.formChecker().check(md.getBytes(StandardCharsets.UTF_8), "form.md");
    }

    private static String only(CompileResult r) {
        assertThat(r.ok()).as("refused").isFalse();
        assertThat(r.xform()).isNull();
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0).text(Locale.ENGLISH);
    }

    @Test
    void anExpressionTheEngineCannotParseIsLocatedAtItsCell() {
        CompileResult r = check(survey("type | name | label | relevant",
                "text | a | A | ", "text | b | B | ((("));
        assertThat(only(r)).startsWith("survey!3 (relevant): ").contains("\"(((\"").contains("parentheses");
    }

    @Test
    void aCalculationCycleThroughTwoQuestionsIsFound() {
        CompileResult r = check(survey("type | name | label | calculation",
                "calculate | a | | ${b} + 1", "calculate | b | | ${a} * 2"));
        String text = only(r);
        assertThat(text).startsWith("survey!2 (calculation): ").contains("\"${b} + 1\"").contains("a → b → a");
    }

    @Test
    void aRelevantThatDependsOnItselfIsACycle() {
        CompileResult r = check(survey("type | name | label | relevant",
                "text | a | A | ${a} != 'no'"));
        assertThat(only(r)).startsWith("survey!2 (relevant): ").contains("a → a");
    }

    @Test
    void aGroupWhoseRelevanceReadsAQuestionInsideItIsACycle() {
        CompileResult r = check(survey("type | name | label | relevant",
                "begin group | g | G | ${inner} = 'yes'", "text | inner | Inner | ", "end group | | | "));
        assertThat(only(r)).startsWith("survey!2 (relevant): ").contains("g → inner → g");
    }

    @Test
    void aCalculationOfJustAndRefersToNothing() {
        CompileResult r = check(survey("type | name | label | calculation", "calculate | c | | and"));
        assertThat(only(r)).startsWith("survey!2 (calculation): ").contains("\"and\"")
                .contains("not a question or group");
    }

    @Test
    void anUnknownFunctionIsRefused() {
        CompileResult r = check(survey("type | name | label | calculation",
                "calculate | c | | unknown_function(1)"));
        assertThat(only(r)).startsWith("survey!2 (calculation): ").contains("unknown_function()");
    }

    @Test
    void aCycleThroughADefaultIsFound() {
        CompileResult r = check(survey("type | name | label | default | calculation",
                "integer | a | A | ${b} | ", "calculate | b | | | ${a} + 1"));
        assertThat(only(r)).contains("a → b → a");
        assertThat(r.errors().get(0).row()).isIn(2, 3);
    }

    @Test
    void aLabelWithAControlCharacterIsReportedNotWrittenAsBrokenXml() {
        CompileResult r = check(survey("type | name | label", "text | a | Bell\u0007here"));
        assertThat(only(r)).startsWith("survey!2 (label): ").contains("U+0007");
    }

    @Test
    void aLabelWithUffffeIsReported() {
        CompileResult r = check(survey("type | name | label", "note | n | odd \uFFFE text"));
        assertThat(only(r)).startsWith("survey!2 (label): ").contains("U+FFFE");
    }

    @Test
    void goodExpressionsPass() {
        CompileResult r = check(survey("type | name | label | relevant | calculation | constraint | choice_filter",
                "integer | age | Age | | | . >= 0 and . < 120 | ",
                "calculate | adult | | | if(${age} >= 18, 'yes', 'no') | | ",
                "begin repeat | kids | Kids | ${age} > 0 | | | ",
                "text | kname | Name | | | string-length(.) < 50 | ",
                "calculate | pos | | | position(..) | | ",
                "end repeat | | | | | | ",
                "calculate | n | | | count(${kids}) | | ",
                "select_one yn | ok | OK? | ${n} > 0 | | | name != ${adult}")
                + "\n| choices |\n| | list_name | name | label |\n| | yn | yes | Yes |\n| | yn | no | No |\n");
        assertThat(r.errors()).as(r.errors().toString()).isEmpty();
        assertThat(r.ok()).isTrue();
    }

    @Test
    void importRefusesWhatCheckRefusesWithTheSameFirstError() {
        AppContext ctx = TestApp.context(dir.resolve("home"));
        String md = survey("type | name | label | calculation", "calculate | c | | unknown_function(1)");
        CompileResult checked = ctx.formChecker().check(md.getBytes(StandardCharsets.UTF_8), "form.md");
        try (OpenStudy study = ctx.studies().create(dir.resolve("s.campo"), "S", "ana", Role.COORDINATOR,
                "quinua maiz cebada".toCharArray()).study()) {
            assertThatThrownBy(() -> ctx.forms(study).importWorkbook(md.getBytes(StandardCharsets.UTF_8), "form.md"))
                    .isInstanceOfSatisfying(FormImportException.class, e -> {
                        List<CompileMessage> errors = e.errors();
                        assertThat(errors).isEqualTo(checked.errors());
                    });
            assertThat(study.forms().latestVersions()).isEmpty();
        }
    }
}
