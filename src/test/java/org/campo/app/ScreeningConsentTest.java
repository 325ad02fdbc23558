package org.campo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.campo.collect.FillingSession;
import org.campo.collect.StartOptions;
import org.campo.common.AppDirectories;
import org.campo.common.ProgressListener;
import org.campo.export.dataset.DatasetExporter;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetOptions;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentServices;
import org.campo.consent.WithdrawalScope;
import org.campo.crypto.KdfParameters;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningConsentTest {
    static final String FORM = String.join("\n",
            "| settings |",
            "| | form_id | version | form_title | default_language |",
            "| | flow_survey | 1 | Flow survey | Español (es) |",
            "| survey |",
            "| | type | name | label::Español (es) | label::English (en) | relevant |",
            "| | select_one yes_no | consent | ¿Acepta participar? | Do you agree to take part? | |",
            "| | text | origin | Origen | Origin | ${consent} = 'yes' |",
            "| choices |",
            "| | list_name | name | label::Español (es) | label::English (en) |",
            "| | yes_no | yes | Sí | Yes |",
            "| | yes_no | no | No | No |");

    @TempDir
    Path tmp;

    @Test
    void aSurveysScreeningAnswerBecomesAConsentRecordLinkedToTheSubmission() throws Exception {
        AppContext ctx = new AppContext(new AppDirectories(tmp.resolve("home")), Clock.systemUTC(),
                new KdfParameters(8192, 1, 1));
        OpenStudy study = ctx.studies().create(tmp.resolve("s.campo"), "Flow", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
        try {
            study.addSite(new Site("site-1", "CEBAF-TUMBES", "CEBAF Tumbes", -3.57, -80.45));
            String ref = ctx.forms(study).importWorkbook(FORM.getBytes(StandardCharsets.UTF_8), "flow.md").form().id();
            ConsentServices consent = ctx.consent(study);
            assertThat(consent.scripts().latest("screening-flow-survey", "es")).isPresent();
            assertThat(consent.scripts().latest("screening-flow-survey", "en").orElseThrow().body())
                    .isEqualTo("Do you agree to take part?");

            String agreed = fill(ctx.submissions(study).start(ref, new StartOptions("CEBAF-TUMBES", null)), "yes");
            String refused = fill(ctx.submissions(study).start(ref, new StartOptions("CEBAF-TUMBES", null)), "no");

            var agreedSubmission = study.submissions().findById(agreed).orElseThrow();
            var refusedSubmission = study.submissions().findById(refused).orElseThrow();
            assertThat(agreedSubmission.participantId()).isNotNull();
            ConsentRecord yes = consent.consent().history(agreedSubmission.participantId()).get(0);
            ConsentRecord no = consent.consent().history(refusedSubmission.participantId()).get(0);
            assertThat(yes.decisions()).containsEntry(ConsentPermission.PARTICIPATE, true);
            assertThat(no.decisions()).containsEntry(ConsentPermission.PARTICIPATE, false);
            assertThat(yes.siteCode()).isEqualTo("CEBAF-TUMBES");
            assertThat(yes.participantCode()).startsWith("FM-");

            consent.withdrawals().withdraw(agreedSubmission.participantId(), WithdrawalScope.DESTROY, "asked at the post");
            assertThat(study.submissions().list(ref)).extracting(s -> s.id()).containsExactly(refused);
            assertThat(study.audit().verify().ok()).isTrue();

            // The next export carries the withdrawal, so merged copies drop the data too.
            Path out = tmp.resolve("export");
            new DatasetExporter(study, ctx.forms(study)).export(
                    DatasetOptions.defaults("flow_survey", DatasetFormat.CSV), out, ProgressListener.NONE);
            String tombstones = Files.readString(out.resolve("tombstones.csv"));
            assertThat(tombstones).contains(agreedSubmission.participantId(), agreed);
            assertThat(Files.readString(out.resolve("flow_survey.csv"))).doesNotContain(agreed);
        } finally {
            study.lock();
        }
    }

    private static String fill(FillingSession filling, String consent) {
        Screen s = filling.form().next();
        while (s.kind() != Screen.Kind.END) {
            for (Prompt p : s.prompts()) {
                String path = p.path().replaceAll("\\[\\d+\\]", "");
                if (path.endsWith("/consent")) {
                    filling.answer(p.ref(), new Answer.Choice(consent));
                } else if (path.endsWith("/origin")) {
                    filling.answer(p.ref(), new Answer.Text("Zulia"));
                }
            }
            s = filling.form().next();
        }
        assertThat(filling.finalizeSubmission().isOk()).isTrue();
        return filling.submissionId();
    }
}
