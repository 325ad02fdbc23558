package org.campo.export.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.collect.FillingSession;
import org.campo.collect.FormLibrary;
import org.campo.collect.StartOptions;
import org.campo.collect.SubmissionRows;
import org.campo.collect.SubmissionService;
import org.campo.common.ProgressListener;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;
import org.campo.model.Role;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.store.SealedSubmission;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.UnlockThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.campo.study.StudyInternals;

/**
 * Exports read the flattened row kept for each final submission; these tests show that the
 * kept rows follow every way a submission changes, so an export never shows stale answers.
 */
class KeptRowsTest {
    @TempDir
    Path tmp;
    OpenStudy study;
    FormLibrary forms;
    SubmissionService submissions;
    String formRef;

    @BeforeEach
    void setUp() {
        StudyService studies = new StudyService(Clock.systemUTC(), "device-1", new KdfParameters(8192, 1, 1),
                new UnlockThrottle(ms -> { }));
        study = studies.create(tmp.resolve("s.campo"), "Flow", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        forms = new FormLibrary(study, new XlsFormCompiler(), new FormLoader(FormDefinitionCache.inMemory()));
        formRef = forms.importWorkbook(DatasetExporterTest.FORM.getBytes(StandardCharsets.UTF_8), "flow.md").form().id();
        submissions = new SubmissionService(study, forms, p -> { });
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    @Test
    void finalizingKeepsARowAndAnEditReplacesIt() throws Exception {
        String id = fill("ve", 2);
        assertThat(kept()).containsExactly(Map.entry(id, true));
        assertThat(exportedCountries()).containsExactly("ve");

        FillingSession edit = submissions.resume(id);
        Screen s = edit.form().jumpTo(countryRef(edit));
        edit.answer(s.prompts().get(0).ref(), new Answer.Choice("co"));

        assertThat(kept()).containsExactly(Map.entry(id, true)); // kept again for the new revision
        assertThat(exportedCountries()).containsExactly("co");
    }

    @Test
    void aDestroyingWithdrawalTakesTheKeptRowWithTheSubmission() throws Exception {
        String gone = fill("ve", 1);
        String stays = fill("co", 1);
        ConsentServices consent = new ConsentServices(study);
        Participant p = consent.participants().register("P-001", Map.of());
        study.submissions().linkParticipant(gone, p.id());
        byte[] sealedRow = StudyInternals.database(study).queryOne("SELECT row_enc FROM submission_row WHERE submission_id = ?",
                rs -> rs.getBytes(1), gone);

        consent.withdrawals().withdraw(p.id(), WithdrawalScope.DESTROY, "no longer safe");

        assertThat(kept()).containsExactly(Map.entry(stays, true));
        assertThat(exportedCountries()).containsExactly("co");
        assertThat((int) StudyInternals.database(study).<Integer>queryOne("SELECT count(*) FROM submission_row WHERE submission_id = ?",
                rs -> rs.getInt(1), gone)).isZero();
        byte[] file = Files.readAllBytes(study.file());
        Path wal = Path.of(study.file() + "-wal");
        byte[] walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] slice = java.util.Arrays.copyOfRange(sealedRow, 16, 48);
        assertThat(indexOf(file, slice)).isEqualTo(-1);
        assertThat(indexOf(walBytes, slice)).isEqualTo(-1);
    }

    @Test
    void aSubmissionRewrittenByAMergeIsExportedAsWrittenAndRefreshKeepsItsRowAgain() throws Exception {
        String id = fill("ve", 1);
        Submission mine = study.submissions().findById(id).orElseThrow();
        // A resolved merge conflict writes the other laptop's instance over this one.
        Submission theirs = mine.withInstance(mine.instanceXml().replace(">ve<", ">co<"), SubmissionStatus.FINAL,
                mine.updatedAt().plusSeconds(60));
        StudyInternals.database(study).run(() -> study.submissions().update(theirs));

        assertThat(kept()).containsExactly(Map.entry(id, false)); // the stale row was dropped by the store
        assertThat(exportedCountries()).containsExactly("co");

        StudyInternals.database(study).run(() -> study.submissions().update(theirs.withInstance(theirs.instanceXml(),
                SubmissionStatus.FINAL, theirs.updatedAt())));
        new SubmissionRows(study, forms).refresh(id);

        assertThat(kept()).containsExactly(Map.entry(id, true));
        assertThat(exportedCountries()).containsExactly("co");
    }

    @Test
    void submissionsStoredWithoutARowGetOneFromTheNextExport() throws Exception {
        String id = fill("ve", 2);
        StudyInternals.database(study).update("DELETE FROM submission_row");
        assertThat(kept()).containsExactly(Map.entry(id, false));

        List<String> first = exportedCountries();
        assertThat(kept()).containsExactly(Map.entry(id, true));
        assertThat(exportedCountries()).isEqualTo(first).containsExactly("ve");
    }

    @Test
    void exportsFromKeptRowsAndFromInstancesAreTheSameFiles() throws Exception {
        fill("ve", 2);
        fill("co", 0);
        Path fromRows = tmp.resolve("rows");
        new DatasetExporter(study, forms).export(DatasetOptions.defaults("flow", DatasetFormat.CSV), fromRows,
                ProgressListener.NONE);
        StudyInternals.database(study).update("DELETE FROM submission_row");
        Path fromXml = tmp.resolve("xml");
        new DatasetExporter(study, forms).export(DatasetOptions.defaults("flow", DatasetFormat.CSV), fromXml,
                ProgressListener.NONE);

        for (String name : List.of("flow.csv", "flow-member.csv")) {
            assertThat(Files.readString(fromRows.resolve(name))).isEqualTo(Files.readString(fromXml.resolve(name)));
        }
    }

    /** Kept-row state of every final submission, in export order: id and whether a row is kept. */
    private List<Map.Entry<String, Boolean>> kept() {
        List<Map.Entry<String, Boolean>> out = new ArrayList<>();
        study.submissions().forEachSealed(List.of(formRef), SubmissionStatus.FINAL,
                (SealedSubmission s) -> out.add(Map.entry(s.id(), s.hasRow())));
        return out;
    }

    private List<String> exportedCountries() throws Exception {
        Path out = Files.createTempDirectory(tmp, "export");
        new DatasetExporter(study, forms).export(DatasetOptions.defaults("flow", DatasetFormat.CSV), out,
                ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("flow.csv"));
        int column = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("country");
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[column]).toList();
    }

    private String fill(String country, int members) {
        FillingSession f = submissions.start(formRef, new StartOptions("CEBAF-TUMBES", null));
        Screen s = f.form().next();
        while (s.kind() != Screen.Kind.END) {
            if (s.kind() == Screen.Kind.ADD_REPEAT) {
                s = f.form().repeatCount("/data/member") < members ? f.addRepeat() : f.form().declineRepeat();
                continue;
            }
            for (Prompt p : s.prompts()) {
                String name = p.path().replaceAll("\\[\\d+\\]", "");
                if (name.endsWith("/country")) {
                    f.answer(p.ref(), new Answer.Choice(country));
                } else if (name.endsWith("/needs")) {
                    f.answer(p.ref(), new Answer.Choices(List.of("food")));
                } else if (name.endsWith("/age")) {
                    f.answer(p.ref(), new Answer.IntegerNumber(20 + p.repeatPosition()));
                }
            }
            s = f.form().next();
        }
        assertThat(f.finalizeSubmission().isOk()).isTrue();
        return f.submissionId();
    }

    private static String countryRef(FillingSession f) {
        return f.form().outline().stream().filter(e -> e.label().contains("País")).findFirst().orElseThrow().ref();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
