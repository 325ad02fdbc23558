package org.campo.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.campo.collect.FillingSession;
import org.campo.collect.Shift;
import org.campo.collect.StartOptions;
import org.campo.common.Ids;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetOptions;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.OutlineEntry;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.forms.TestForms;
import org.campo.ui.pages.DataPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * A coordinator reviews collected data in Spanish: filters the Data section by site and by a
 * date range typed day first, reads a submission, corrects one answer giving the reason, finds
 * the correction in the submission's own audit trail, approves it, and the next export lists
 * the correction with the value it replaced.
 */
class DataSectionUiTest extends CampoUiTest {
    private Path file;
    private LocalDate firstDay;

    @Override
    protected void prepare() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        file = home.resolve("datos.campo");
        var created = context.studies().create(file, "Datos", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        OpenStudy study = created.study();
        context.forms(study).importWorkbook(TestForms.bytes("keyboard.md"), "keyboard.md");
        study.addSite(new Site(Ids.newId(), "CEBAF", "CEBAF Tumbes", -3.5, -80.4));
        study.addSite(new Site(Ids.newId(), "AGUAS-VERDES", "Aguas Verdes", -3.48, -80.25));
        firstDay = clock.instant().atZone(ZoneId.systemDefault()).toLocalDate();
        collect(study, "CEBAF", "Ana");
        collect(study, "AGUAS-VERDES", "Luis");
        clock.advance(Duration.ofDays(3));
        collect(study, "CEBAF", "Rosa");
        context.shifts(study).start(new Shift("CEBAF", clock.instant().atZone(ZoneId.systemDefault()).toLocalDate(),
                "morning"));
        study.lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    private void collect(OpenStudy study, String site, String name) {
        String form = context.forms(study).latest("keyboard").id();
        FillingSession filling = context.submissions(study).start(form, new StartOptions(site, null));
        String ref = filling.form().outline().stream().filter(e -> e.kind() == OutlineEntry.Kind.QUESTION)
                .filter(e -> e.label().startsWith("Nombre")).findFirst().orElseThrow().ref();
        filling.answer(ref, new Answer.Text(name));
        assertThat(filling.finalizeSubmission().isOk()).isTrue();
    }

    @Test
    void homeCountsTodaysWorkAndStartsTheNextSurveyAtTheShiftsPoint() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.campo.collect.SubmissionReviews.WorkCount> work =
                robot.lookup("#home-work").queryAs(javafx.scene.control.TableView.class);
        assertThat(work.getItems()).anySatisfy(w -> {
            assertThat(w.siteCode()).isEqualTo("CEBAF");
            assertThat(w.formTitle()).isEqualTo("Recorrido con teclado");
            assertThat(w.today()).isEqualTo(1);
            assertThat(w.thisWeek()).isGreaterThanOrEqualTo(1);
        });
        assertThat(robot.lookup("#home-next-survey").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Iniciar el próximo «Recorrido con teclado» en CEBAF");
        robot.clickOn("#home-next-survey");
        org.campo.ui.pages.FormFillerPage.showing(robot).at("reason");
        assertThat(robot.lookup("#nav-forms").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void filtersBySiteAndDateCorrectsAnAnswerWithAReasonAndFindsItInTheTrailAndTheExport() throws Exception {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        DataPage data = DataPage.open(robot);
        assertThat(data.rows()).hasSize(3);
        assertThat(data.filtersShown()).containsExactly("Todos los puntos", "Todos los encuestadores");

        data.site("CEBAF");
        assertThat(data.rows()).hasSize(2).allMatch(r -> r.siteCode().equals("CEBAF"));
        DateTimeFormatter spanish = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        data.dates(spanish.format(firstDay), spanish.format(firstDay.plusDays(1)));
        assertThat(data.rows()).singleElement().satisfies(r -> assertThat(r.siteCode()).isEqualTo("CEBAF"));

        data.openRow(0);
        assertThat(data.answers()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("name");
            assertThat(a.value()).isEqualTo("Ana");
        });
        data.correct("name", "Ana María", "");
        assertThat(data.message()).contains("motivo");
        data.correct("name", "Ana María", "La entrevistada deletreó su nombre");
        assertThat(data.message()).startsWith("Corrección de name guardada");
        assertThat(data.answers()).anySatisfy(a -> assertThat(a.value()).isEqualTo("Ana María"));
        data.review(true);
        assertThat(data.rows()).singleElement().satisfies(r -> assertThat(r.corrections()).isEqualTo(1));

        assertThat(data.trail()).contains(
                "Corrección de name: «Ana» pasó a «Ana María». Motivo: La entrevistada deletreó su nombre",
                "Estado de revisión: Aprobado", "Registro finalizado");

        robot.clickOn("#lock-button");
        Path out = home.resolve("export");
        try (OpenStudy study = context.studies().unlock(file, "ana", TestStudies.PASSPHRASE.toCharArray())) {
            context.datasets(study).export(DatasetOptions.defaults("keyboard", DatasetFormat.CSV), out,
                    ProgressListener.NONE);
            assertThat(study.submissions().list(context.forms(study).latest("keyboard").id()))
                    .allMatch(s -> s.status() == SubmissionStatus.FINAL);
        }
        assertThat(Files.readString(out.resolve("keyboard.csv"))).contains("Ana María").doesNotContain(",Ana,");
        assertThat(Files.readString(out.resolve("keyboard-review.csv")))
                .contains("approved", "ana,name,Ana,Ana María,La entrevistada deletreó su nombre");
    }
}
