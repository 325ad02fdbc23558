package org.campo.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.campo.common.Messages;
import org.campo.consent.ConsentServices;
import org.campo.model.Role;
import org.campo.model.Code;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.refi.LineEndings;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.forms.TestForms;
import org.campo.ui.pages.ExportPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * A coordinator, in Spanish, exports the analysis as a REFI-QDA project with CRLF line endings,
 * reads what the format cannot carry, then imports a project and confirms what it adds.
 */
class RefiCardUiTest extends CampoUiTest {
    private Path file;

    @Override
    protected void prepare() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        file = home.resolve("analisis.campo");
        OpenStudy study = context.studies().create(file, "Análisis", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        context.forms(study).importWorkbook(TestForms.bytes("keyboard.md"), "keyboard.md");
        var participant = new ConsentServices(study).participants().register("KI-LIM-01", java.util.Map.of());
        QdaServices qda = context.qda(study);
        Source s = qda.sources().addNote("Notas", SourceKind.INTERVIEW_NOTES, participant.id(),
                "Hola 😀 señor\r\nNiños y niñas");
        Code c = qda.codebook().create(null, "Infancia", "Niñez migrante", "#336699");
        qda.codings().code(s.id(), 13, 26, c.id());
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void exportsWithCrlfAndImportsAfterConfirming() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        Path qdpx = home.resolve("analisis.qdpx");
        dialogs.choosing(qdpx);
        ExportPage export = ExportPage.open(robot);
        assertThat(export.offersSensitiveChoice()).isTrue();
        export.lineEndings(LineEndings.CRLF).exportProject();
        assertThat(qdpx).exists();
        assertThat(export.report()).first().asString().startsWith("Se escribió");
        assertThat(export.report()).anySatisfy(l -> assertThat(l).contains("finales de línea CRLF"))
                .anySatisfy(l -> assertThat(l).startsWith("⚠").contains("tipos de fuente"));

        dialogs.choosing(qdpx).answering(true);
        export.importProject();
        assertThat(export.report()).first().asString().startsWith("Se importó el proyecto");
        assertThat(export.report()).anySatisfy(l -> assertThat(l).contains("1 ya en el libro de códigos"));
    }
}
