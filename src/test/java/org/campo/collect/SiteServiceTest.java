package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.audit.AuditEntry;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.common.Messages;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.OutlineEntry;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.campo.ui.common.AuditSentences;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.TestStudies;
import org.campo.ui.forms.TestForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing, retiring and reactivating points, and the shifts worked at each, with their counts. */
class SiteServiceTest {
    @TempDir
    Path home;
    MutableClock clock;
    AppContext context;
    OpenStudy study;
    SiteService sites;

    @BeforeEach
    void setUp() {
        clock = MutableClock.startingNow();
        context = TestStudies.context(home, clock);
        study = context.studies().create(home.resolve("p.campo"), "P", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        context.forms(study).importWorkbook(TestForms.bytes("keyboard.md"), "keyboard.md");
        study.addSite(new Site(Ids.newId(), "CEBAF", "Cebaf", -3.5, -80.4));
        study.addSite(new Site(Ids.newId(), "AGUAS-VERDES", "Aguas Verdes", null, null));
        sites = context.sites(study);
    }

    @AfterEach
    void tearDown() {
        study.lock();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aPointsNameAndCoordinatesAreCorrectedItsCodeStaysAndTheChangeIsAudited() {
        Site before = study.sites().findByCode("CEBAF").orElseThrow();
        Site after = sites.edit("CEBAF", "  CEBAF Tumbes ", -3.56, -80.45);

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(study.sites().findByCode("CEBAF")).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("CEBAF Tumbes");
            assertThat(s.latitude()).isEqualTo(-3.56);
            assertThat(s.retired()).isFalse();
        });
        assertThatThrownBy(() -> sites.edit("CEBAF", " ", null, null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("collect.siteNameRequired"));
        assertThatThrownBy(() -> sites.edit("NOWHERE", "x", null, null))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("collect.unknownSite"));

        Messages.setLocale(Locale.forLanguageTag("es"));
        assertThat(last().action()).isEqualTo("site.changed");
        assertThat(AuditSentences.describe(last()).text())
                .isEqualTo("Punto de monitoreo CEBAF modificado (nombre o coordenadas)");
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void aRetiredPointKeepsItsDataLeavesThePickersRefusesNewShiftsAndCanBeReactivated() {
        collect("CEBAF", "Ana");
        sites.retire("CEBAF");

        assertThat(sites.all()).extracting(Site::code).contains("CEBAF");
        assertThat(sites.active()).extracting(Site::code).containsExactly("AGUAS-VERDES");
        assertThat(context.reviews(study).list("keyboard", new SubmissionFilter("CEBAF", null, null, null,
                SubmissionFilter.Status.ANY, null, java.time.ZoneId.systemDefault()))).hasSize(1);
        assertThatThrownBy(() -> context.shifts(study).start(new Shift("CEBAF", LocalDate.now(clock), "morning")))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("collect.siteRetired"));
        assertThat(AuditSentences.describe(last()).text())
                .isEqualTo("Monitoring point CEBAF retired: no longer offered for new work");

        sites.reactivate("CEBAF");
        assertThat(sites.active()).extracting(Site::code).contains("CEBAF");
        assertThat(last().action()).isEqualTo("site.reactivated");
        context.shifts(study).start(new Shift("CEBAF", LocalDate.now(clock), "morning"));
    }

    @Test
    void aPointWithAShiftOpenCannotBeRetired() {
        context.shifts(study).start(new Shift("CEBAF", LocalDate.now(clock), "morning"));

        assertThatThrownBy(() -> sites.retire("CEBAF"))
                .isInstanceOfSatisfying(CampoException.class, e -> {
                    assertThat(e.key()).isEqualTo("collect.siteHasOpenShift");
                    assertThat(e.args()).containsExactly("CEBAF", "ana");
                });
        assertThat(sites.active()).extracting(Site::code).contains("CEBAF");
        context.shifts(study).end();
        sites.retire("CEBAF");
        assertThat(sites.active()).extracting(Site::code).doesNotContain("CEBAF");
    }

    @Test
    void eachShiftAtAPointShowsWhoWhenAndHowManyRecordsWereStartedInIt() {
        ShiftService shifts = context.shifts(study);
        collect("CEBAF", "before any shift");
        clock.advance(Duration.ofMinutes(5));
        shifts.start(new Shift("CEBAF", LocalDate.of(2026, 3, 5), "morning"));
        clock.advance(Duration.ofMinutes(1));
        collect("CEBAF", "Ana");
        collect("AGUAS-VERDES", "elsewhere");
        collect("CEBAF", "Luis");
        clock.advance(Duration.ofMinutes(1));
        shifts.end();
        clock.advance(Duration.ofMinutes(1));
        collect("CEBAF", "after the shift");
        shifts.start(new Shift("CEBAF", LocalDate.of(2026, 3, 5), "afternoon"));
        clock.advance(Duration.ofMinutes(1));
        collect("CEBAF", "Rosa");

        List<ShiftRecord> history = sites.shifts("CEBAF");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).satisfies(r -> {
            assertThat(r.member()).isEqualTo("ana");
            assertThat(r.shift()).isEqualTo("afternoon");
            assertThat(r.open()).isTrue();
            assertThat(r.submissions()).isEqualTo(1);
        });
        assertThat(history.get(1)).satisfies(r -> {
            assertThat(r.shift()).isEqualTo("morning");
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(r.open()).isFalse();
            assertThat(r.ended()).isAfter(r.started());
            assertThat(r.submissions()).isEqualTo(2);
        });
        assertThat(sites.shifts("AGUAS-VERDES")).isEmpty();
    }

    private void collect(String site, String name) {
        String form = context.forms(study).latest("keyboard").id();
        FillingSession filling = context.submissions(study).start(form, new StartOptions(site, null));
        String ref = filling.form().outline().stream().filter(e -> e.kind() == OutlineEntry.Kind.QUESTION)
                .filter(e -> e.label().startsWith("Nombre")).findFirst().orElseThrow().ref();
        filling.answer(ref, new Answer.Text(name));
        assertThat(filling.finalizeSubmission().isOk()).isTrue();
    }

    private AuditEntry last() {
        return study.audit().entries(study.audit().size(), 1).get(0);
    }
}
