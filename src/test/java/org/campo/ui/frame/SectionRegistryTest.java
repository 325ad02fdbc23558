package org.campo.ui.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import org.campo.app.AppContext;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

class SectionRegistryTest {
    @TempDir
    Path home;
    private OpenStudy study;

    /** An extension point as a section would define it. */
    interface Greeting {
        String greet();
    }

    @AfterEach
    void lock() {
        if (study != null) {
            study.lock();
        }
    }

    @Test
    void contributionsComeBackInRegistrationOrderPerPoint() {
        SectionRegistry registry = new SectionRegistry()
                .contribute(Greeting.class, () -> "hola")
                .contribute(Greeting.class, () -> "hello");
        assertThat(registry.contributions(Greeting.class)).extracting(Greeting::greet).containsExactly("hola", "hello");
        assertThat(registry.contributions(Runnable.class)).isEmpty();
    }

    @Test
    void aSectionIdIsRegisteredOnce() {
        SectionRegistry registry = new SectionRegistry().section("a", "ui.nav.home", MaterialDesignH.HOME, ctx -> new Pane());
        assertThatThrownBy(() -> registry.section("a", "ui.nav.home", MaterialDesignH.HOME, ctx -> new Pane()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void navigatingHandsTheRequestToTheSectionShownAndOnlyToIt() {
        AppContext context = TestStudies.context(home, MutableClock.startingNow());
        study = context.studies().create(home.resolve("n.campo"), "N", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        SectionRegistry registry = new SectionRegistry()
                .section("home", "ui.nav.home", MaterialDesignH.HOME, ctx -> new Pane())
                .section("forms", "ui.nav.forms", MaterialDesignH.HOME, ctx -> new Pane());
        StudyHomeViewModel model = new StudyHomeViewModel(study, registry.sections(), () -> { });
        List<Object> requests = new ArrayList<>();
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(model.takeRequest());
            }
        });
        assertThat(model.navigate("forms", "start flow survey")).isTrue();
        assertThat(model.navigate("forms", "again")).isTrue();
        assertThat(model.select("home")).isTrue();
        assertThat(model.navigate("elsewhere", "x")).isFalse();
        assertThat(requests).containsExactly("start flow survey", "again", null);
        assertThat(model.selectedProperty().get().id()).isEqualTo("home");
    }
}
