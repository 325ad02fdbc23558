package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.campo.app.AppContext;
import org.campo.collect.FillingSession;
import org.campo.collect.FormLibrary;
import org.campo.collect.StartOptions;
import org.campo.collect.SubmissionService;
import org.campo.common.AppDirectories;
import org.campo.crypto.KdfParameters;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.form.runtime.Screen;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filler's behaviour on a real, saved submission of a markdown XLSForm; no toolkit needed. */
class FormFillerViewModelTest {
    @TempDir
    Path tmp;
    AppContext app;
    OpenStudy study;
    FormLibrary library;
    SubmissionService submissions;
    ScriptedDialogService dialogs = new ScriptedDialogService();
    String formVersionId;

    @BeforeEach
    void setUp() {
        app = new AppContext(new AppDirectories(tmp.resolve("home")), MutableClock.startingNow(),
                new KdfParameters(8192, 1, 1));
        study = app.studies().create(tmp.resolve("s.campo"), "Tumbes", "ana", Role.COORDINATOR,
                "river stone lantern 42".toCharArray()).study();
        library = app.forms(study);
        submissions = app.submissions(study);
        formVersionId = library.importWorkbook(TestForms.bytes(TestForms.BORDER_CROSSING), "x.md").form().id();
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    private FormFillerViewModel newFiller() {
        FillingSession session = submissions.start(formVersionId, StartOptions.NONE);
        return new FormFillerViewModel(new SavedFilling(session), dialogs);
    }

    private static Prompt only(FormFillerViewModel model) {
        assertThat(model.screen().kind()).isEqualTo(Screen.Kind.QUESTIONS);
        return model.screen().prompts().get(0);
    }

    @Test
    void opensOnTheFirstQuestionAndHoldsTheUserOnAMissingRequiredAnswer() {
        FormFillerViewModel model = newFiller();
        Prompt department = only(model);
        assertThat(department.label()).isEqualTo("Department of destination");

        assertThat(model.next()).isFalse();
        assertThat(model.problems()).containsKey(department.ref());
        assertThat(model.screen().ref()).isEqualTo(department.ref());
    }

    @Test
    void everyAnswerIsSavedAtOnceAndTheDraftReopensOnTheSameScreen() {
        FormFillerViewModel model = newFiller();
        String id = ((SavedFilling) model.filling()).submissionId();
        model.answer(only(model).ref(), new Answer.Choice("piura"));
        model.next();
        assertThat(only(model).choices()).extracting(ChoiceOption::value).containsExactly("sullana", "paita");
        model.answer(only(model).ref(), new Answer.Choice("paita"));

        FormFillerViewModel reopened = new FormFillerViewModel(new SavedFilling(submissions.resume(id)), dialogs);
        Prompt province = only(reopened);
        assertThat(province.label()).isEqualTo("Province of destination");
        assertThat(province.answer()).contains(new Answer.Choice("paita"));
    }

    @Test
    void aConstraintMessageStaysBesideTheQuestionUntilTheAnswerIsCorrected() {
        FormFillerViewModel model = newFiller();
        model.answer(only(model).ref(), new Answer.Choice("tumbes"));
        model.next();
        model.answer(only(model).ref(), new Answer.Choice("zarumilla"));
        model.next();
        String age = only(model).ref();

        assertThat(model.answerText(age, PromptType.INTEGER, "140")).isFalse();
        assertThat(model.problems().get(age)).isEqualTo("Age must be between 0 and 110");
        assertThat(model.answerText(age, PromptType.INTEGER, "doce")).isFalse();
        assertThat(model.problems().get(age)).contains("whole number");

        assertThat(model.answerText(age, PromptType.INTEGER, "34")).isTrue();
        assertThat(model.problems()).doesNotContainKey(age);
        assertThat(model.next()).isTrue();
    }

    @Test
    void languageSwitchRereadsTheScreen() {
        FormFillerViewModel model = newFiller();
        assertThat(model.languages()).containsExactlyInAnyOrder("English (en)", "Español (es)");
        model.languageProperty().set("Español (es)");
        assertThat(only(model).label()).isEqualTo("Departamento de destino");
    }

    @Test
    void repeatsAreAddedAndRemovedAfterConfirmation() {
        FormFillerViewModel model = newFiller();
        model.answer(only(model).ref(), new Answer.Choice("tumbes"));
        model.next();
        model.answer(only(model).ref(), new Answer.Choice("zarumilla"));
        model.next();
        model.answer(only(model).ref(), new Answer.IntegerNumber(30));
        model.next();
        model.answer(only(model).ref(), new Answer.Choice("yes"));
        model.next();
        assertThat(only(model).repeatPosition()).isEqualTo(1);
        model.answer(only(model).ref(), new Answer.Text("Rosa"));
        model.next();
        assertThat(model.screen().kind()).isEqualTo(Screen.Kind.ADD_REPEAT);
        assertThat(model.screen().repeatCount()).isEqualTo(1);
        model.addRepeat();
        assertThat(only(model).repeatPosition()).isEqualTo(2);
        assertThat(model.currentRepeatLabel()).contains("Companion 2");

        dialogs.answering(false);
        assertThat(model.removeRepeat()).isFalse();
        dialogs.answering(true);
        assertThat(model.removeRepeat()).isTrue();
        assertThat(model.outline()).filteredOn(e -> e.kind() == org.campo.form.runtime.OutlineEntry.Kind.REPEAT_INSTANCE)
                .hasSize(1);
    }

    @Test
    void finalizeJumpsToTheFirstProblemThenSealsTheSubmission() {
        FormFillerViewModel model = newFiller();
        String id = ((SavedFilling) model.filling()).submissionId();
        String department = only(model).ref();
        model.jumpTo(model.outline().get(model.outline().size() - 1).ref());

        assertThat(model.finalizeSubmission()).isFalse();
        assertThat(model.screen().ref()).isEqualTo(department);
        assertThat(model.problems()).containsKey(department);

        model.answer(department, new Answer.Choice("piura"));
        model.next();
        model.answer(only(model).ref(), new Answer.Choice("sullana"));
        model.next();
        model.answer(only(model).ref(), new Answer.IntegerNumber(41));
        model.next();
        model.answer(only(model).ref(), new Answer.Choice("no"));
        assertThat(model.finalizeSubmission()).isTrue();
        assertThat(submissions.listAllVersions("border_crossing")).filteredOn(s -> s.id().equals(id))
                .extracting(s -> s.status()).containsExactly(SubmissionStatus.FINAL);
    }

    @Test
    void outlineMarksAnsweredQuestionsAndProgressAdvances() {
        FormFillerViewModel model = newFiller();
        assertThat(model.progressProperty().get()).isZero();
        model.answer(only(model).ref(), new Answer.Choice("tumbes"));
        assertThat(model.outline().get(0).answered()).isTrue();
        model.next();
        assertThat(model.progressProperty().get()).isGreaterThan(0);
    }

    @Test
    void previewKeepsNothingInTheStudy() {
        FormsViewModel forms = new FormsViewModel(study, library, submissions,
                new org.campo.common.SameThreadTaskExecutor(), dialogs);
        forms.load();
        forms.preview();
        FormFillerViewModel preview = forms.fillerProperty().get();
        assertThat(preview.isPreview()).isTrue();
        preview.answer(only(preview).ref(), new Answer.Choice("tumbes"));
        preview.save();
        assertThat(submissions.listAllVersions("border_crossing")).isEmpty();
    }

    @Test
    void importReportListsLocatedErrorsAndTheFormsListShowsCounts() {
        FormsViewModel forms = new FormsViewModel(study, library, submissions,
                new org.campo.common.SameThreadTaskExecutor(), dialogs);
        Path broken = tmp.resolve("broken.md");
        writeBroken(broken);
        forms.importWorkbook(broken);
        assertThat(forms.importReport()).isNotEmpty();
        ImportLine line = forms.importReport().get(0);
        assertThat(line.error()).isTrue();
        assertThat(line.sheet()).isEqualTo("survey");
        assertThat(line.row()).isPositive();

        forms.load();
        forms.startNew();
        forms.closeFiller();
        assertThat(forms.forms()).extracting(f -> f.form().formId(), f -> f.drafts())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("border_crossing", 1L));
        assertThat(forms.submissions()).hasSize(1);
    }

    private static void writeBroken(Path file) {
        try {
            java.nio.file.Files.writeString(file, String.join("\n",
                    "| survey |",
                    "| | type | name | label | relevant |",
                    "| | integer | age | Age | ${missing} > 3 |"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unused")
    private static List<String> labels(Screen s) {
        return s.prompts().stream().map(Prompt::label).toList();
    }
}
