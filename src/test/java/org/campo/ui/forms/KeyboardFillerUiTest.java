package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.campo.common.Messages;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.FormFillerPage;
import org.campo.ui.pages.FormsPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * An enumerator fills a form in Spanish with the keyboard alone, pressing Enter and digits on
 * every kind of question and page (choices, a page of notes, a date, a long list, text, number,
 * several choices, a drop-down, an acknowledgement, a repeat, notes, the end page), including
 * while the focus has strayed to the header's Lock button: the study never locks, the filler
 * stays, and the focus is always on the current question.
 */
class KeyboardFillerUiTest extends CampoUiTest {
    private Path file;

    @Override
    protected void prepare() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        file = home.resolve("teclado.campo");
        var created = context.studies().create(file, "Teclado", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        context.forms(created.study()).importWorkbook(TestForms.bytes("keyboard.md"), "keyboard.md");
        created.study().lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void enterAndDigitsStayInTheFillerOnEveryPromptAndPageKind() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        FormFillerPage filler = FormsPage.open(robot).newSubmission().at("reason");

        // choices: digits work at once, without a click
        assertThat(filler.focusedQuestion()).isEqualTo("reason");
        filler.press(KeyCode.DIGIT2);
        assertThat(filler.isChosen("reason", "family")).isTrue();
        // the focus strays to Lock: Enter and digits still belong to the interview
        filler.focusLockButton().press(KeyCode.DIGIT3);
        assertThat(filler.isFilling()).isTrue();
        assertThat(filler.isChosen("reason", "other")).isTrue();
        assertThat(filler.focusedQuestion()).isEqualTo("reason");
        filler.focusLockButton().press(KeyCode.ENTER).press(KeyCode.ENTER).at("intro");
        assertThat(filler.isFilling()).isTrue();

        // a page of notes: digits do nothing, Enter moves on, also from the Lock button
        assertThat(filler.focusIsOnScreen()).isTrue();
        filler.press(KeyCode.DIGIT1).focusLockButton().press(KeyCode.DIGIT1).focusLockButton().press(KeyCode.ENTER)
                .at("arrival");
        assertThat(filler.isFilling()).isTrue();

        // a date typed in the Spanish order
        assertThat(filler.focusedQuestion()).isEqualTo("arrival");
        filler.write("05/03/2026");
        assertThat(filler.dateText("arrival")).isEqualTo("05/03/2026");
        filler.press(KeyCode.ENTER);
        assertThat(filler.problem("arrival")).isNull();
        filler.at("state");
        filler.previousScreen().at("arrival");
        assertThat(filler.date("arrival")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(filler.dateText("arrival")).isEqualTo("05/03/2026");
        filler.focusLockButton().press(KeyCode.ENTER);
        assertThat(filler.focusedQuestion()).isEqualTo("arrival");
        filler.press(KeyCode.ENTER).at("state");
        assertThat(filler.isFilling()).isTrue();

        // a long list: typing finds an option beyond the ninth
        assertThat(filler.focusedQuestion()).isEqualTo("state");
        filler.write("zul");
        assertThat(filler.isChosen("state", "zulia")).isTrue();
        filler.press(KeyCode.ESCAPE).write("tach");
        assertThat(filler.isChosen("state", "tachira")).isTrue();
        filler.focusLockButton().press(KeyCode.ENTER).press(KeyCode.ENTER).at("name");

        // text and number: digits are typed, Enter moves on
        filler.write("Ana").press(KeyCode.ENTER).at("people");
        assertThat(filler.focusedQuestion()).isEqualTo("people");
        filler.focusLockButton().press(KeyCode.DIGIT3).press(KeyCode.ENTER).at("needs");
        assertThat(filler.isFilling()).isTrue();

        // several choices: digits tick, Enter moves on
        filler.press(KeyCode.DIGIT1).press(KeyCode.DIGIT3);
        assertThat(filler.isTicked("needs", "food")).isTrue();
        assertThat(filler.isTicked("needs", "shelter")).isTrue();
        filler.press(KeyCode.ENTER).at("transport");

        // a drop-down: a digit picks, Enter moves on
        filler.focusLockButton().press(KeyCode.DIGIT2);
        assertThat(filler.comboValue("transport")).isEqualTo("walking");
        filler.press(KeyCode.ENTER).at("ok");

        // an acknowledgement: Space ticks it, Enter moves on
        filler.focusLockButton().press(KeyCode.SPACE);
        assertThat(filler.isAcknowledged("ok")).isTrue();
        filler.press(KeyCode.ENTER);

        // a repeat: its first instance opens at once; the "add another" page takes Enter (add)
        // and Tab then Enter (no more)
        filler.at("child_age-1").write("7").press(KeyCode.ENTER);
        assertThat(filler.addRepeatQuestion()).contains("Niño o niña");
        filler.press(KeyCode.DIGIT4).focusLockButton().press(KeyCode.DIGIT4);
        assertThat(filler.isFilling()).isTrue();
        filler.press(KeyCode.ENTER).at("child_age-2").press(KeyCode.ENTER);
        filler.addRepeatQuestion();
        filler.press(KeyCode.TAB).press(KeyCode.ENTER).at("remarks");

        // notes: Enter adds a line, PgDn moves on
        filler.write("Llegó de noche").press(KeyCode.ENTER).write("con su hija").nextScreen();
        assertThat(filler.atEnd()).isTrue();

        // the end page: digits do nothing, Enter finalizes
        filler.focusLockButton().press(KeyCode.DIGIT1);
        assertThat(filler.isFilling()).isTrue();
        filler.press(KeyCode.ENTER);
        assertThat(filler.endMessage()).isEqualTo("Registro finalizado.");
        assertThat(filler.isFilling()).isTrue();

        filler.backFromEnd();
        robot.clickOn("#lock-button");
        try (OpenStudy study = context.studies().unlock(file, "ana", TestStudies.PASSPHRASE.toCharArray())) {
            String formRef = context.forms(study).latest("keyboard").id();
            SubmissionSummary summary = study.submissions().list(formRef).get(0);
            assertThat(summary.status()).isEqualTo(SubmissionStatus.FINAL);
            String xml = study.submissions().findById(summary.id()).orElseThrow().instanceXml();
            assertThat(xml).contains("<arrival>2026-03-05</arrival>", "<state>tachira</state>",
                    "<reason>other</reason>", "<needs>food shelter</needs>", "<transport>walking</transport>",
                    "<people>3</people>", "<child_age>7</child_age>");
        }
    }
}
