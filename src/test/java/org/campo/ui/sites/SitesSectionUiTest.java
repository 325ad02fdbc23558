package org.campo.ui.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import org.campo.collect.FillingSession;
import org.campo.collect.Shift;
import org.campo.collect.StartOptions;
import org.campo.common.Ids;
import org.campo.common.Messages;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.OutlineEntry;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.forms.TestForms;
import org.campo.ui.pages.AuditPage;
import org.campo.ui.pages.DataPage;
import org.campo.ui.pages.SitesPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * A coordinator, in Spanish, reads the shifts worked at a point, corrects the point's name,
 * retires another point, and finds both changes in the audit trail as sentences; the retired
 * point leaves the shift picker but stays in the Data screen's filter.
 */
class SitesSectionUiTest extends CampoUiTest {
    private LocalDate shiftDay;

    @Override
    protected void prepare() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        Path file = home.resolve("puntos.campo");
        OpenStudy study = context.studies().create(file, "Puntos", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        context.forms(study).importWorkbook(TestForms.bytes("keyboard.md"), "keyboard.md");
        study.addSite(new Site(Ids.newId(), "CEBAF", "Cebaf", -3.5, -80.4));
        study.addSite(new Site(Ids.newId(), "AGUAS-VERDES", "Aguas Verdes", -3.48, -80.25));
        shiftDay = clock.instant().atZone(ZoneId.systemDefault()).toLocalDate();
        context.shifts(study).start(new Shift("CEBAF", shiftDay, "morning"));
        clock.advance(Duration.ofMinutes(3));
        collect(study, "CEBAF", "Ana");
        collect(study, "CEBAF", "Luis");
        clock.advance(Duration.ofMinutes(3));
        context.shifts(study).end();
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
    void shiftsEditsAndRetiringArePerPointAuditedInWordsAndARetiredPointLeavesOnlyThePickers() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        SitesPage sites = SitesPage.open(robot);
        assertThat(sites.sites()).extracting(Site::code).containsExactly("AGUAS-VERDES", "CEBAF");

        sites.choose("CEBAF");
        assertThat(sites.shifts()).singleElement().satisfies(s -> {
            assertThat(s.member()).isEqualTo("ana");
            assertThat(s.shift()).isEqualTo("morning");
            assertThat(s.open()).isFalse();
            assertThat(s.submissions()).isEqualTo(2);
        });

        sites.rename("CEBAF Tumbes");
        assertThat(sites.result()).isEqualTo("Punto CEBAF guardado.");
        assertThat(sites.sites()).filteredOn(s -> s.code().equals("CEBAF")).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("CEBAF Tumbes"));

        sites.choose("AGUAS-VERDES").toggleRetired();
        assertThat(sites.result()).startsWith("Punto AGUAS-VERDES retirado");
        assertThat(sites.retireLabel()).isEqualTo("Reactivar el punto");
        assertThat(sites.sites()).filteredOn(s -> s.code().equals("AGUAS-VERDES")).singleElement()
                .satisfies(s -> assertThat(s.retired()).isTrue());

        AuditPage audit = AuditPage.open(robot);
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(shiftDay);
        assertThat(audit.sentences()).contains(
                "Punto de monitoreo AGUAS-VERDES retirado: ya no se ofrece para trabajo nuevo",
                "Punto de monitoreo CEBAF modificado (nombre o coordenadas)",
                "Turno iniciado en CEBAF el " + day + " (Mañana)",
                "Turno en CEBAF terminado");
        assertThat(audit.sentences()).noneMatch(s -> s.contains("=") || s.contains("shift.") || s.contains("site."));

        robot.clickOn("#nav-forms");
        @SuppressWarnings("unchecked")
        ComboBox<String> points = robot.lookup("#shift-point").queryAs(ComboBox.class);
        assertThat(points.getItems()).containsExactly("CEBAF");

        DataPage data = DataPage.open(robot);
        data.site("AGUAS-VERDES");
        assertThat(data.rows()).isEmpty();
        data.site("CEBAF");
        assertThat(data.rows()).hasSize(2);
    }
}
