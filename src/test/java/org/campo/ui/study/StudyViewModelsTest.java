package org.campo.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.UiSections;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.TestStudies;
import org.campo.ui.frame.NavigationItem;
import org.campo.ui.frame.StudyHomeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The create and unlock view models, on real study files, without a toolkit. */
class StudyViewModelsTest {
    @TempDir
    Path home;
    private AppContext context;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final List<OpenStudy> opened = new ArrayList<>();
    private boolean cancelled;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        context = TestStudies.context(home, MutableClock.startingNow());
    }

    @AfterEach
    void lockAll() {
        opened.forEach(OpenStudy::lock);
    }

    private CreateStudyViewModel createModel() {
        return new CreateStudyViewModel(context.studies(), new SameThreadTaskExecutor(), dialogs, opened::add,
                () -> cancelled = true);
    }

    @Test
    void theFormSaysWhatIsMissingUntilItIsComplete() {
        CreateStudyViewModel model = createModel();
        assertThat(model.problemProperty().get().key()).isEqualTo("study.nameRequired");
        model.studyNameProperty().set("Tumbes");
        assertThat(model.problemProperty().get().key()).isEqualTo("ui.create.fileRequired");
        dialogs.choosing(home.resolve("t.campo"));
        model.chooseFile();
        assertThat(model.problemProperty().get().key()).isEqualTo("study.userNameInvalid");
        model.userNameProperty().set("ana");
        model.passphraseProperty().set("short");
        assertThat(model.problemProperty().get().key()).isEqualTo("study.passphraseTooShort");
        model.passphraseProperty().set(TestStudies.PASSPHRASE);
        model.confirmationProperty().set(TestStudies.PASSPHRASE + "x");
        assertThat(model.problemProperty().get().key()).isEqualTo("ui.create.mismatch");
        assertThat(model.canCreateProperty().get()).isFalse();
        model.confirmationProperty().set(TestStudies.PASSPHRASE);
        assertThat(model.problemProperty().get()).isNull();
        assertThat(model.canCreateProperty().get()).isTrue();
    }

    @Test
    void creatingShowsTheRecoveryKeyOnceThenOpensTheStudyAndForgetsThePassphrase() {
        CreateStudyViewModel model = filledModel(home.resolve("new.campo"));
        model.create();

        assertThat(dialogs.recoveryKeys()).singleElement().asString().startsWith("CAMPO-");
        assertThat(opened).singleElement().satisfies(s -> {
            assertThat(s.member().userName()).isEqualTo("ana");
            assertThat(s.role()).isEqualTo(Role.COORDINATOR);
        });
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.confirmationProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aFailedCreateShowsTheServiceSentenceAndOpensNothing() throws Exception {
        Path existing = Files.createFile(home.resolve("taken.campo"));
        CreateStudyViewModel model = filledModel(existing);
        model.create();
        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get().key()).isEqualTo("store.exists");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void cancelGoesBack() {
        createModel().cancel();
        assertThat(cancelled).isTrue();
    }

    @Test
    void unlockPreselectsTheLastUserAndReportsAWrongPassphrase() {
        Path file = home.resolve("u.campo");
        context.studies().create(file, "Unlock me", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study().lock();

        UnlockViewModel model = new UnlockViewModel(context.studies(), new SameThreadTaskExecutor(), file, "ana",
                opened::add, () -> cancelled = true);
        assertThat(model.studyName()).isEqualTo("Unlock me");
        // login names are sealed in the file: none is listed, the last one used here is filled in
        assertThat(model.users()).isEmpty();
        assertThat(model.userProperty().get()).isEqualTo("ana");

        model.secretProperty().set("wrong passphrase");
        model.unlock();
        assertThat(model.errorProperty().get().key()).isEqualTo("study.wrongPassphrase");
        assertThat(model.secretProperty().get()).isEmpty();
        assertThat(opened).isEmpty();

        model.secretProperty().set(TestStudies.PASSPHRASE);
        model.unlock();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.isLocked()).isFalse());
    }

    @Test
    void theRecoveryKeyUnlocksToo() {
        Path file = home.resolve("r.campo");
        var created = context.studies().create(file, "R", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        String recovery = new String(created.recoveryKey());
        created.study().lock();

        UnlockViewModel model = new UnlockViewModel(context.studies(), new SameThreadTaskExecutor(), file, null,
                opened::add, () -> { });
        model.useRecoveryKeyProperty().set(true);
        model.secretProperty().set(recovery.toLowerCase(Locale.ROOT));
        model.unlock();
        assertThat(opened).singleElement().satisfies(s -> assertThat(s.unlockedWithRecoveryKey()).isTrue());
    }

    @Test
    void theHomeShowsOnlyTheSectionsOfTheMembersRole() {
        Path file = home.resolve("h.campo");
        OpenStudy study = context.studies().create(file, "Home", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        opened.add(study);
        StudyHomeViewModel model = new StudyHomeViewModel(study, UiSections.standard().sections(), () -> { });
        assertThat(model.sections()).extracting(NavigationItem::id)
                .startsWith("home").endsWith("settings")
                .contains("forms", "data", "consent", "sites", "export", "audit");
        assertThat(model.selectedProperty().get().id()).isEqualTo("home");
        assertThat(model.select("audit")).isTrue();
        assertThat(model.select("nowhere")).isFalse();
        assertThat(Messages.has(model.roleKey())).isTrue();
        for (NavigationItem item : UiSections.standard().sections()) {
            assertThat(Messages.has(item.titleKey())).as(item.titleKey()).isTrue();
        }
    }

    private CreateStudyViewModel filledModel(Path file) {
        CreateStudyViewModel model = createModel();
        model.studyNameProperty().set("Tumbes");
        dialogs.choosing(file);
        model.chooseFile();
        model.userNameProperty().set("ana");
        model.passphraseProperty().set(TestStudies.PASSPHRASE);
        model.confirmationProperty().set(TestStudies.PASSPHRASE);
        return model;
    }
}
