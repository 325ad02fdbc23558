package org.campo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.campo.model.Role;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.StudyHomePage;
import org.campo.ui.pages.UnlockPage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class AutoLockUiTest extends CampoUiTest {

    @Override
    protected void prepare() {
        var file = home.resolve("idle.campo");
        var created = context.studies().create(file, "Idle", "eva", Role.RESEARCHER,
                TestStudies.PASSPHRASE.toCharArray());
        created.study().lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser("eva");
    }

    @Test
    void theStudyLocksItselfAfterTheIdleDelayAndActivityPostponesIt() throws Exception {
        StudyHomePage study = new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        assertThat(context.settings().autoLockMinutes()).isEqualTo(5);

        clock.advance(Duration.ofMinutes(4));
        robot.moveTo("#header-study").moveBy(30, 5);
        clock.advance(Duration.ofMinutes(3));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(study.studyName()).isEqualTo("Idle");

        clock.advance(Duration.ofMinutes(3));
        UnlockPage unlock = new UnlockPage(robot);
        assertThat(unlock.studyName()).isEqualTo("Idle");
    }

    @Test
    void aShorterDelayChosenInSettingsAppliesAtOnce() {
        StudyHomePage study = new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        study.openSettings().setAutoLockMinutes(1);
        assertThat(context.settings().autoLockMinutes()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(new UnlockPage(robot).studyName()).isEqualTo("Idle");
    }
}
