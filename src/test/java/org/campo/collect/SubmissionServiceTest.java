package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.campo.common.AppDirectories;
import org.campo.common.CampoException;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionServiceTest {
    static final String FORM = String.join("\n",
            "| settings |",
            "| | form_id | version | form_title |",
            "| | visit | 1 | Visit |",
            "| survey |",
            "| | type | name | label | required | constraint |",
            "| | text | place | Place | yes | |",
            "| | integer | age | Age | yes | . >= 0 and . <= 110 |",
            "| | text | notes | Notes | | |");

    @TempDir
    Path tmp;
    StudyService studies;
    OpenStudy study;
    FormLibrary library;
    List<String> consentChecks = new ArrayList<>();

    @BeforeEach
    void setUp() {
        studies = new StudyService(Clock.systemUTC(), "device-1", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        study = studies.create(tmp.resolve("s.campo"), "Test", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        library = library(study);
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    private static FormLibrary library(OpenStudy study) {
        return new FormLibrary(study, new XlsFormCompiler(), new FormLoader(FormDefinitionCache.inMemory()));
    }

    private SubmissionService submissions(OpenStudy s, FormLibrary lib) {
        return new SubmissionService(s, lib, consentChecks::add);
    }

    private String importForm() {
        return library.importWorkbook(FORM.getBytes(StandardCharsets.UTF_8), "visit.md").form().id();
    }

    private static Prompt promptNamed(Screen screen, String name) {
        return screen.prompts().stream().filter(p -> p.path().replaceAll("\\[\\d+\\]", "").endsWith("/" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " on " + screen));
    }

    @Test
    void everyAnswerIsSavedAndTheDraftResumesWhereItWasLeft() {
        String formRef = importForm();
        FillingSession filling = submissions(study, library).start(formRef, StartOptions.NONE);
        Screen place = filling.form().next();
        assertThat(filling.answer(promptNamed(place, "place").ref(), new Answer.Text("Tumbes")).isOk()).isTrue();
        Screen age = filling.form().next();
        filling.remember(age);
        String id = filling.submissionId();
        study.lock();

        study = studies.unlock(tmp.resolve("s.campo"), "ana", "correct horse battery".toCharArray());
        FormLibrary reopened = library(study);
        FillingSession resumed = submissions(study, reopened).resume(id);
        assertThat(resumed.status()).isEqualTo(SubmissionStatus.DRAFT);
        Screen at = resumed.form().current();
        assertThat(at.ref()).isEqualTo(age.ref());
        assertThat(resumed.form().instanceXml()).contains("Tumbes");
    }

    @Test
    void finalizeReportsTheFirstProblemThenSealsTheSubmission() {
        String formRef = importForm();
        FillingSession filling = submissions(study, library).start(formRef, StartOptions.NONE);
        Screen place = filling.form().next();
        filling.answer(promptNamed(place, "place").ref(), new Answer.Text("CEBAF"));

        ValidationResult problem = filling.finalizeSubmission();
        assertThat(problem.status()).isEqualTo(ValidationResult.Status.REQUIRED_MISSING);
        assertThat(filling.status()).isEqualTo(SubmissionStatus.DRAFT);

        Screen age = filling.form().jumpTo(problem.ref());
        assertThat(filling.answer(promptNamed(age, "age").ref(), new Answer.IntegerNumber(200)).isOk()).isFalse();
        assertThat(filling.answer(promptNamed(age, "age").ref(), new Answer.IntegerNumber(34)).isOk()).isTrue();
        assertThat(filling.finalizeSubmission().isOk()).isTrue();
        assertThat(filling.status()).isEqualTo(SubmissionStatus.FINAL);
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void editingAFinalSubmissionIsAudited() {
        String formRef = importForm();
        SubmissionService service = submissions(study, library);
        FillingSession filling = service.start(formRef, StartOptions.NONE);
        Screen place = filling.form().next();
        filling.answer(promptNamed(place, "place").ref(), new Answer.Text("CEBAF"));
        Screen age = filling.form().next();
        filling.answer(promptNamed(age, "age").ref(), new Answer.IntegerNumber(30));
        assertThat(filling.finalizeSubmission().isOk()).isTrue();
        long before = study.audit().size();

        FillingSession edit = service.resume(filling.submissionId());
        Screen again = edit.form().jumpTo(age.ref());
        edit.answer(promptNamed(again, "age").ref(), new Answer.IntegerNumber(31));
        edit.answer(promptNamed(again, "age").ref(), new Answer.IntegerNumber(32));

        var entries = study.audit().entries(before + 1, 10);
        assertThat(entries).extracting(e -> e.action()).containsExactly("submission.edited", "submission.edited");
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void anInterviewStartsWithTheParticipantsCodeAnswered() {
        String form = String.join("\n",
                "| settings |",
                "| | form_id | version |",
                "| | interview | 1 |",
                "| survey |",
                "| | type | name | label |",
                "| | text | participant_code | Participant code |",
                "| | text | notes | Notes |");
        String ref = library.importWorkbook(form.getBytes(StandardCharsets.UTF_8), "interview.md").form().id();
        FillingSession filling = submissions(study, library).start(ref, new StartOptions(null, null, "KI-GOV-03"));
        assertThat(filling.form().instanceXml()).contains("<participant_code>KI-GOV-03</participant_code>");
    }

    @Test
    void interviewsWithAParticipantAskForConsentFirst() {
        String formRef = importForm();
        SubmissionService refusing = new SubmissionService(study, library, p -> {
            throw new CampoException("consent.required", p);
        });
        assertThatThrownBy(() -> refusing.start(formRef, new StartOptions(null, "participant-1")))
                .isInstanceOf(CampoException.class);
        assertThat(study.submissions().list(formRef)).isEmpty();
    }

    @Test
    void reimportingTheSameWorkbookIsHarmlessButChangedContentNeedsANewVersion() {
        importForm();
        ImportOutcome again = library.importWorkbook(FORM.getBytes(StandardCharsets.UTF_8), "visit.md");
        assertThat(again.alreadyPresent()).isTrue();
        String changed = FORM.replace("| Notes |", "| Comments |");
        assertThatThrownBy(() -> library.importWorkbook(changed.getBytes(StandardCharsets.UTF_8), "visit.md"))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("collect.versionInUse"));
    }

    @Test
    void anOpenShiftAnswersPointDateAndShiftOfNewSubmissions() {
        String form = String.join("\n",
                "| settings |",
                "| | form_id | version |",
                "| | count | 1 |",
                "| survey |",
                "| | type | name | label |",
                "| | select_one points | point_code | Point |",
                "| | date | count_date | Date |",
                "| | select_one shift | shift | Shift |",
                "| | integer | adults | Adults |",
                "| choices |",
                "| | list_name | name | label |",
                "| | points | CEBAF-TUMBES | CEBAF Tumbes |",
                "| | shift | morning | Morning |",
                "| | shift | night | Night |");
        String ref = library.importWorkbook(form.getBytes(StandardCharsets.UTF_8), "count.md").form().id();
        study.addSite(new org.campo.model.Site("site-1", "CEBAF-TUMBES", "CEBAF Tumbes", -3.57, -80.45));
        new ShiftService(study).start(new Shift("CEBAF-TUMBES", java.time.LocalDate.of(2026, 11, 23), "night"));

        FillingSession filling = submissions(study, library).start(ref, StartOptions.NONE);
        String xml = filling.form().instanceXml();
        assertThat(xml).contains("<point_code>CEBAF-TUMBES</point_code>", "<count_date>2026-11-23</count_date>",
                "<shift>night</shift>");
        assertThat(study.submissions().findById(filling.submissionId()).orElseThrow().siteCode())
                .isEqualTo("CEBAF-TUMBES");
        assertThatThrownBy(() -> new ShiftService(study).start(
                new Shift("NOWHERE", java.time.LocalDate.now(), "night")))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("collect.unknownSite"));
    }

    @Test
    void aWorkbookWithErrorsIsNotImported() {
        String broken = FORM.replace("| text | notes | Notes | | |", "| text | notes | Notes ${nowhere} | | |");
        assertThatThrownBy(() -> library.importWorkbook(broken.getBytes(StandardCharsets.UTF_8), "visit.md"))
                .isInstanceOf(FormImportException.class);
        assertThat(study.forms().latestVersions()).isEmpty();
    }
}
