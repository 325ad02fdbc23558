package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.FormFillerPage;
import org.campo.ui.pages.FormsPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * An enumerator fills a bilingual form in Spanish through the UI: required answer, cascading
 * choices, a constraint corrected beside the question, a skip rule, a repeat, then finalize.
 */
class FillFormUiTest extends CampoUiTest {

    @Override
    protected void prepare() {
        org.campo.common.Messages.setLocale(Locale.forLanguageTag("es"));
        var file = home.resolve("tumbes.campo");
        var created = context.studies().create(file, "Tumbes", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        context.forms(created.study()).importWorkbook(TestForms.bytes(TestForms.BORDER_CROSSING), "x.md");
        created.study().lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void fillsABilingualFormWithCascadeConstraintSkipAndRepeatThenFinalizes() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        FormFillerPage filler = FormsPage.open(robot).newSubmission().at("department");

        filler.language("Español (es)");
        assertThat(filler.label("department")).isEqualTo("Departamento de destino");

        filler.nextScreen();
        assertThat(filler.problem("department")).isNotBlank();
        assertThat(filler.label("department")).isEqualTo("Departamento de destino");

        filler.pressDigit(2);
        assertThat(filler.isChosen("department", "piura")).isTrue();
        filler.nextScreen().at("province");
        assertThat(filler.label("province")).isEqualTo("Provincia de destino");
        assertThat(filler.hasChoice("province", "sullana")).isTrue();
        assertThat(filler.hasChoice("province", "zarumilla")).isFalse();
        filler.choose("province", "sullana").nextScreen().at("age");

        filler.answer("age", "140");
        assertThat(filler.problem("age")).isEqualTo("La edad debe estar entre 0 y 110");
        assertThat(filler.label("age")).isEqualTo("Edad en años");
        filler.answer("age", "34").at("with_others");
        assertThat(filler.problem("with_others")).isNull();

        filler.choose("with_others", "no").nextScreen().at("notes");
        assertThat(filler.label("notes")).isEqualTo("Notas");
        filler.previousScreen().at("with_others").choose("with_others", "yes").nextScreen().at("companion_name-1");
        filler.answer("companion_name-1", "Rosa");
        assertThat(filler.addRepeatQuestion()).isEqualTo("¿Agregar otro «Acompañante»?");
        filler.addRepeat().at("companion_name-2").answer("companion_name-2", "Luis");
        filler.addRepeatQuestion();
        filler.declineRepeat().at("notes").typeNotes("notes", "Cruza por Aguas Verdes");

        assertThat(filler.saveWithKeyboard()).startsWith("Guardado");
        filler.finalizeWithKeyboard();
        assertThat(filler.notice()).isEqualTo("Registro finalizado.");

        FormsPage forms = filler.backToForms();
        assertThat(forms.submissions()).extracting(s -> s.status()).containsExactly(SubmissionStatus.FINAL);
    }
}
