package org.campo.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Joining a study from a kit on the start screen, on real files, without a toolkit. */
class JoinStudyViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;
    private Path kit;
    private String fingerprint;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<OpenStudy> opened = new ArrayList<>();
    private boolean cancelled;

    @BeforeEach
    void coordinatorWritesAKit() {
        Messages.setLocale(Locale.ENGLISH);
        context = TestStudies.context(dir.resolve("home"), MutableClock.startingNow());
        kit = dir.resolve("tumbes.campokit");
        try (OpenStudy s = context.studies().create(dir.resolve("coordinacion.campo"), "Flujos Tumbes", "ana",
                Role.COORDINATOR, TestStudies.PASSPHRASE.toCharArray()).study()) {
            s.addMember("luis", Role.RESEARCHER, TestStudies.PASSPHRASE.toCharArray());
            fingerprint = context.merge().writeKit(s, kit).keyFingerprint();
        }
    }

    @AfterEach
    void lockAll() {
        opened.forEach(OpenStudy::lock);
        Messages.setLocale(Locale.ENGLISH);
    }

    private JoinStudyViewModel model() {
        return new JoinStudyViewModel(context.merge(), new SameThreadTaskExecutor(), dialogs, opened::add,
                () -> cancelled = true);
    }

    @Test
    void joiningShowsTheKitThenTheRecoveryKeyAndOpensTheLaptopsStudy() {
        JoinStudyViewModel model = model();
        assertThat(model.problemProperty().get().key()).isEqualTo("ui.join.kitRequired");

        dialogs.choosing(kit);
        model.chooseKit();
        assertThat(model.summaryProperty().get().studyName()).isEqualTo("Flujos Tumbes");
        assertThat(model.summaryProperty().get().keyFingerprint()).isEqualTo(fingerprint);
        assertThat(model.members()).containsExactlyInAnyOrder("ana", "luis");
        assertThat(model.problemProperty().get().key()).isEqualTo("ui.join.userRequired");

        model.userNameProperty().set("luis");
        Path laptop = dir.resolve("luis.campo");
        dialogs.choosing(laptop);
        model.chooseFile();
        model.passphraseProperty().set("short");
        assertThat(model.problemProperty().get().key()).isEqualTo("study.passphraseTooShort");
        model.passphraseProperty().set("laptop lantern harbour 7");
        model.confirmationProperty().set("laptop lantern harbour 8");
        assertThat(model.problemProperty().get().key()).isEqualTo("ui.create.mismatch");
        model.confirmationProperty().set("laptop lantern harbour 7");
        assertThat(model.canJoinProperty().get()).isTrue();

        model.join();

        assertThat(model.errorProperty().get()).isNull();
        assertThat(dialogs.recoveryKeys()).singleElement().asString().startsWith("CAMPO-");
        assertThat(opened).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(laptop);
            assertThat(s.record().name()).isEqualTo("Flujos Tumbes");
            assertThat(s.member().userName()).isEqualTo("luis");
            assertThat(s.role()).isEqualTo(Role.RESEARCHER);
        });
        assertThat(context.merge().coordinatorFingerprint(opened.get(0))).contains(fingerprint);
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.confirmationProperty().get()).isEmpty();
        opened.get(0).lock();
        try (OpenStudy again = context.studies().unlock(laptop, "luis", "laptop lantern harbour 7".toCharArray())) {
            assertThat(again.member().userName()).isEqualTo("luis");
        }
    }

    @Test
    void aDamagedKitIsSaidInASentenceAndNothingIsWritten() throws Exception {
        byte[] bytes = Files.readAllBytes(kit);
        Path damaged = dir.resolve("damaged.campokit");
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 2));
        Messages.setLocale(Locale.forLanguageTag("es"));
        JoinStudyViewModel model = model();

        dialogs.choosing(damaged);
        model.chooseKit();

        assertThat(model.errorProperty().get().key()).isEqualTo("merge.damaged");
        assertThat(model.errorProperty().get().text()).contains("damaged.campokit").contains("dañado");
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.canJoinProperty().get()).isFalse();
        model.join();
        assertThat(opened).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("home", "coordinacion.campo", "tumbes.campokit", "damaged.campokit");
        }
    }

    @Test
    void aFileThatIsNotAKitAndAnExistingTargetAreSaidInSentences() throws Exception {
        Path notAKit = dir.resolve("study.campokit");
        Files.copy(dir.resolve("coordinacion.campo"), notAKit);
        JoinStudyViewModel model = model();
        dialogs.choosing(notAKit);
        model.chooseKit();
        assertThat(model.errorProperty().get().key()).isEqualTo("merge.notAFile");

        dialogs.choosing(kit);
        model.chooseKit();
        assertThat(model.errorProperty().get()).isNull();
        model.userNameProperty().set("luis");
        Path taken = dir.resolve("coordinacion.campo");
        dialogs.choosing(taken);
        model.chooseFile();
        model.passphraseProperty().set("laptop lantern harbour 7");
        model.confirmationProperty().set("laptop lantern harbour 7");
        long size = Files.size(taken);
        model.join();
        assertThat(model.errorProperty().get().key()).isEqualTo("store.exists");
        assertThat(opened).isEmpty();
        assertThat(Files.size(taken)).isEqualTo(size);
        assertThat(model.passphraseProperty().get()).isEqualTo("laptop lantern harbour 7");

        model.cancel();
        assertThat(cancelled).isTrue();
    }
}
