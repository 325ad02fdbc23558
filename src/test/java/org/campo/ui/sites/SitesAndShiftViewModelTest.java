package org.campo.ui.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.campo.collect.ShiftService;
import org.campo.common.Messages;
import org.campo.consent.ConsentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesAndShiftViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    Locale before = Messages.locale();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        f = new ConsentFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        Messages.setLocale(before);
        f.close();
    }

    @Test
    void aPointIsAddedOnlyWithAValidCodeNameAndCoordinates() {
        SitesViewModel model = new SitesViewModel(f.study, f.ctx.sites(f.study));
        model.load();
        model.codeProperty().set("aguas verdes");
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().key()).isEqualTo("ui.sites.codeInvalid");

        model.codeProperty().set("TUM-CEBAF");
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().key()).isEqualTo("ui.sites.codeTaken");

        model.codeProperty().set("tum-av");
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().key()).isEqualTo("ui.sites.nameRequired");

        model.nameProperty().set("Aguas Verdes");
        model.latitudeProperty().set("-95");
        assertThat(model.add()).isFalse();
        assertThat(model.resultProperty().get().text()).startsWith("\"-95\" is not a latitude");

        model.latitudeProperty().set("-3,48");
        model.longitudeProperty().set("-80.24");
        assertThat(model.add()).isTrue();
        assertThat(model.sites()).extracting(s -> s.code()).contains("TUM-AV");
        assertThat(model.sites()).filteredOn(s -> s.code().equals("TUM-AV")).singleElement()
                .satisfies(s -> assertThat(s.latitude()).isEqualTo(-3.48));
    }

    @Test
    void aShiftStartsShowsAndEnds() {
        ShiftService shifts = new ShiftService(f.study);
        ShiftBarViewModel model = new ShiftBarViewModel(f.study, shifts);
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.pointProperty().get()).isEqualTo("TUM-CEBAF");

        model.dateProperty().set(LocalDate.of(2024, 3, 14));
        model.shiftProperty().set("night");
        model.start();

        assertThat(shifts.current()).hasValueSatisfying(s -> assertThat(s.shift()).isEqualTo("night"));
        assertThat(new ShiftBarViewModel(f.study, shifts).currentProperty().get().siteCode()).isEqualTo("TUM-CEBAF");
        model.end();
        assertThat(shifts.current()).isEmpty();
        assertThat(model.currentProperty().get()).isNull();
    }
}
