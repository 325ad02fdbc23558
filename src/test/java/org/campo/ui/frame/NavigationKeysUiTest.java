package org.campo.ui.frame;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.campo.model.Role;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.StudyHomePage;
import org.campo.ui.pages.UnlockPage;
import org.junit.jupiter.api.Test;

/**
 * Every section is reachable from the keyboard: F6 to the navigation, arrows, Enter, F6 back;
 * Ctrl+L locks.
 */
class NavigationKeysUiTest extends CampoUiTest {

    @Override
    protected void prepare() {
        var file = home.resolve("teclado.campo");
        context.studies().create(file, "Teclado", "ana", Role.COORDINATOR, TestStudies.PASSPHRASE.toCharArray())
                .study().lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("ana");
    }

    @Test
    void f6ReachesTheNavigationArrowsMoveEnterOpensAndF6GoesBackToTheSection() {
        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        StudyHomePage home = new StudyHomePage(robot);
        assertThat(home.selected("home")).isTrue();

        if (!home.focusInSection()) {
            home.press(KeyCode.F6);
        }
        assertThat(home.focusInSection()).isTrue();
        home.press(KeyCode.F6);
        assertThat(home.focusedId()).isEqualTo("nav-home");

        home.press(KeyCode.DOWN).press(KeyCode.DOWN);
        assertThat(home.focusedId()).isEqualTo("nav-data");
        assertThat(home.selected("home")).as("arrows move the focus, they open nothing").isTrue();

        home.press(KeyCode.ENTER);
        assertThat(home.selected("data")).isTrue();
        assertThat(home.focusInSection()).as("Enter puts the focus in the opened section").isTrue();

        home.press(KeyCode.F6);
        assertThat(home.focusedId()).isEqualTo("nav-data");
        home.press(KeyCode.UP).press(KeyCode.UP).press(KeyCode.UP);
        assertThat(home.focusedId()).as("the arrows wrap around").startsWith("nav-");
        assertThat(home.focusedId()).isNotEqualTo("nav-data");
        home.press(KeyCode.F6);
        assertThat(home.focusInSection()).isTrue();

        home.press(KeyCode.F6).press(KeyCode.UP).press(KeyCode.UP);
        assertThat(home.focusedId()).isEqualTo("nav-home");
        home.press(KeyCode.UP).press(KeyCode.ENTER);
        assertThat(home.selected("settings")).isTrue();
        assertThat(home.focusedId()).as("the first control of the section, not its scroll frame")
                .isEqualTo("language");

        robot.press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        new UnlockPage(robot);
    }
}
