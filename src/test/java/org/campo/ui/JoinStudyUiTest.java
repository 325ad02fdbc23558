package org.campo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.campo.common.Messages;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.JoinStudyPage;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.StudyHomePage;
import org.junit.jupiter.api.Test;

/** An enumerator joins the coordinator's study from the kit on a USB stick, keyboard only. */
class JoinStudyUiTest extends CampoUiTest {
    private Path kit;
    private String fingerprint;

    @Override
    protected void prepare() {
        kit = home.resolve("tumbes.campokit");
        try (OpenStudy s = context.studies().create(home.resolve("coordinacion.campo"), "Flujos Tumbes", "ana",
                Role.COORDINATOR, TestStudies.PASSPHRASE.toCharArray()).study()) {
            s.addMember("luis", Role.RESEARCHER, TestStudies.PASSPHRASE.toCharArray());
            fingerprint = context.merge().writeKit(s, kit).keyFingerprint();
        }
    }

    @Test
    void joiningFromAKitShowsTheFingerprintAndOpensTheLaptopsStudy() {
        Path laptop = home.resolve("luis.campo");
        dialogs.choosing(kit).choosing(laptop);

        JoinStudyPage join = new StartPage(robot).joinStudy().chooseKit();
        assertThat(join.studyLine()).contains("Flujos Tumbes");
        assertThat(join.keyLine()).contains(fingerprint);
        join.pickMember("luis").chooseFile().passphrase(TestStudies.PASSPHRASE);
        assertThat(join.strength()).isEqualTo(Messages.get("ui.strength.strong"));
        assertThat(join.canSubmit()).isTrue();
        StudyHomePage study = join.submit();

        assertThat(Files.isRegularFile(laptop)).isTrue();
        assertThat(dialogs.recoveryKeys()).singleElement().asString().startsWith("CAMPO-");
        assertThat(study.studyName()).isEqualTo("Flujos Tumbes");
        assertThat(study.userAndRole()).contains("luis");
    }

    @Test
    void aDamagedKitIsSaidAndTheFormCannotBeSubmitted() throws Exception {
        byte[] bytes = Files.readAllBytes(kit);
        Path damaged = home.resolve("damaged.campokit");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 2));
        dialogs.choosing(damaged);

        JoinStudyPage join = new StartPage(robot).joinStudy().chooseKit();

        assertThat(join.error()).isEqualTo(Messages.get("merge.damaged", "damaged.campokit", bytes.length / 2));
        assertThat(join.canSubmit()).isFalse();
    }
}
