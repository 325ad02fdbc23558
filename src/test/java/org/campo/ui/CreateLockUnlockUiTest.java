package org.campo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campo.common.Messages;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.CreateStudyPage;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.StudyHomePage;
import org.campo.ui.pages.UnlockPage;
import org.junit.jupiter.api.Test;

class CreateLockUnlockUiTest extends CampoUiTest {

    @Test
    void createLockAndUnlockAStudyThroughTheWindow() {
        Path file = home.resolve("tumbes.campo");
        dialogs.choosing(file);

        CreateStudyPage create = new StartPage(robot).createStudy();
        create.fill("Flujo Tumbes", "ana", TestStudies.PASSPHRASE);
        assertThat(create.strength()).isEqualTo(Messages.get("ui.strength.strong"));
        StudyHomePage home = create.submit();

        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(dialogs.recoveryKeys()).singleElement().asString().startsWith("CAMPO-");
        assertThat(home.studyName()).isEqualTo("Flujo Tumbes");
        assertThat(home.userAndRole()).contains("ana").contains("Coordinator");

        UnlockPage unlock = home.lock();
        assertThat(unlock.studyName()).isEqualTo("Flujo Tumbes");
        assertThat(unlock.selectedUser()).isEqualTo("ana");

        String error = unlock.unlockExpectingError("not the passphrase");
        assertThat(error).isEqualTo(Messages.get("study.wrongPassphrase"));

        StudyHomePage again = unlock.unlock(TestStudies.PASSPHRASE);
        assertThat(again.studyName()).isEqualTo("Flujo Tumbes");
    }

    @Test
    void sectionsWithoutFormsShowAnEmptyStateAndTheAuditTrailVerifies() {
        dialogs.choosing(home.resolve("audit.campo"));
        StudyHomePage study = new StartPage(robot).createStudy()
                .fill("Entrevistas", "luis", TestStudies.PASSPHRASE).submit();

        assertThat(study.emptyStateShownFor("export")).isTrue();
        var audit = study.openAudit();
        assertThat(audit.rows()).isGreaterThanOrEqualTo(1);
        assertThat(audit.verify()).startsWith(Messages.get("audit.verify.ok", 1, "x").substring(0, 20));
    }
}
