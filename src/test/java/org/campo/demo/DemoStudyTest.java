package org.campo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.collect.SubmissionService;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentServices;
import org.campo.form.runtime.InstanceReader;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoStudyTest {
    private static final int SURVEYS = 400;

    AppContext ctx;
    OpenStudy study;

    @BeforeAll
    void createDemo(@TempDir Path dir) {
        ctx = TestApp.context(dir.resolve("home"));
        study = DemoStudy.create(ctx, dir.resolve("demo.campo"), DemoStudy.DEFAULT_PASSPHRASE.toCharArray(), SURVEYS);
    }

    @AfterAll
    void close() {
        study.close();
    }

    private List<SubmissionSummary> all(String formId) {
        return ctx.submissions(study).listAllVersions(formId);
    }

    @Test
    void theFourShippedFormsAreImported() {
        assertThat(ctx.forms(study).forms()).extracting(f -> f.form().formId()).containsExactlyInAnyOrder(
                DemoForms.FLOW_SURVEY, DemoForms.FLOW_COUNT, DemoForms.KEY_INFORMANT, DemoForms.IN_DEPTH);
    }

    @Test
    void surveysAndFourWeeksOfCountsAtThreePointsAreFinal() {
        assertThat(all(DemoForms.FLOW_SURVEY)).hasSize(SURVEYS)
                .allMatch(s -> s.status() == SubmissionStatus.FINAL);
        List<SubmissionSummary> counts = all(DemoForms.FLOW_COUNT);
        assertThat(counts.size()).isBetween(DemoCalendar.DAYS * 100, DemoCalendar.DAYS * 180);
        assertThat(counts).extracting(SubmissionSummary::siteCode).containsOnly("CEBAF-TUMBES", "TACNA-SC",
                "DESAGUADERO");
    }

    @Test
    void aSampleOfGeneratedInstancesLoadsInTheFormEngineWithoutAProblem() {
        SubmissionService service = ctx.submissions(study);
        for (String formId : List.of(DemoForms.FLOW_SURVEY, DemoForms.FLOW_COUNT, DemoForms.KEY_INFORMANT,
                DemoForms.IN_DEPTH)) {
            List<SubmissionSummary> subs = all(formId);
            for (int i = 0; i < subs.size(); i += Math.max(1, subs.size() / 40)) {
                var filling = service.resume(subs.get(i).id());
                assertThat(filling.firstProblem()).as(formId + " " + subs.get(i).id()).isEmpty();
            }
        }
    }

    @Test
    void surveyDistributionsLookLikeFlowMonitoring() {
        var form = ctx.forms(study).latest(DemoForms.FLOW_SURVEY);
        var reader = new InstanceReader(ctx.forms(study).definition(form).repeatPaths());
        Map<String, Integer> nationality = new HashMap<>();
        Map<String, Integer> gender = new HashMap<>();
        int referrals = 0;
        int cpp = 0;
        int consented = 0;
        int withGroup = 0;
        for (SubmissionSummary s : all(DemoForms.FLOW_SURVEY)) {
            var r = reader.read(study.submissions().findById(s.id()).orElseThrow().instanceXml());
            if (!"yes".equals(r.value("/data/screening/consent").orElse(""))) {
                continue;
            }
            consented++;
            nationality.merge(r.value("/data/profile/nationality").orElse(""), 1, Integer::sum);
            gender.merge(r.value("/data/profile/gender_identity").orElse(""), 1, Integer::sum);
            referrals += "1".equals(r.value("/data/vulnerabilities/referral_flag").orElse("")) ? 1 : 0;
            cpp += r.value("/data/documentation/documents").orElse("").contains("cpp") ? 1 : 0;
            withGroup += r.rows("/data/travel_group/group_member").isEmpty() ? 0 : 1;
        }
        assertThat(consented).isBetween(SURVEYS * 8 / 10, SURVEYS);
        assertThat(nationality.get("venezuelan")).isGreaterThan(consented * 8 / 10);
        assertThat(gender.get("prefer_not")).isGreaterThan(consented / 5);
        assertThat(referrals).isBetween(consented / 20, consented / 2);
        assertThat(cpp).isPositive();
        assertThat(withGroup).isBetween(consented / 3, consented * 9 / 10);
    }

    @Test
    void interviewParticipantsHaveRecordedVerbalConsent() {
        ConsentServices consent = ctx.consent(study);
        assertThat(consent.participants().list()).extracting(p -> p.code())
                .contains("KI-GOV-01", "P-001", "P-005");
        var p003 = consent.participants().findByCode("P-003").orElseThrow();
        var record = consent.gate().requireConsentToInterview(p003.id());
        assertThat(record.granted(ConsentPermission.AUDIO_RECORDING)).isFalse();
        assertThat(all(DemoForms.KEY_INFORMANT)).hasSize(8).allMatch(s -> s.participantId() != null);
        assertThat(all(DemoForms.IN_DEPTH)).hasSize(6);
    }

    @Test
    void everyInterviewIsASourceOfItsCaseWithTheAttributesOfItsAnswers() {
        var qda = ctx.qda(study);
        var sources = qda.sources().list();
        assertThat(sources).hasSize(14).allMatch(s -> s.caseCode() != null && s.codings() > 0);
        var ki = qda.cases().cases().stream().filter(c -> c.code().equals("KI-GOV-03")).findFirst().orElseThrow();
        assertThat(ki.attributes()).containsEntry("city", "cusco").containsEntry("source_group", "government");
        var p002 = qda.cases().cases().stream().filter(c -> c.code().equals("P-002")).findFirst().orElseThrow();
        assertThat(p002.attributes()).containsEntry("gender_identity", "trans_woman")
                .containsEntry("sexual_orientation", "heterosexual").containsEntry("source_group", "migrant")
                .containsEntry("nationality", "venezuelan");
        assertThat(p002.sensitive()).contains("gender_identity", "sexual_orientation").doesNotContain("city");
        var text = qda.sources().get(sources.stream().filter(s -> "P-002".equals(s.caseCode())).findFirst()
                .orElseThrow().id()).text();
        assertThat(text).startsWith("El viaje\nViajó con otras mujeres trans").contains("\n\nSalud y servicios de VIH\n");
        assertThat(qda.cases().cases()).extracting(c -> c.attributes().get("city")).contains("lima", "trujillo",
                "tumbes", "cusco");
    }

    @Test
    void twoCodersAgreeInMostPlacesAndDifferInSome() {
        var qda = ctx.qda(study);
        var codings = qda.snapshot().codings();
        var coders = study.members().all();
        String demo = coders.stream().filter(m -> m.userName().equals("demo")).findFirst().orElseThrow().id();
        String rosa = coders.stream().filter(m -> m.userName().equals("rosa")).findFirst().orElseThrow().id();
        var first = codings.stream().filter(k -> k.coderId().equals(demo))
                .map(k -> k.sourceId() + k.start() + "-" + k.end() + k.codeId()).collect(java.util.stream.Collectors.toSet());
        var second = codings.stream().filter(k -> k.coderId().equals(rosa))
                .map(k -> k.sourceId() + k.start() + "-" + k.end() + k.codeId()).collect(java.util.stream.Collectors.toSet());
        var same = new java.util.HashSet<>(first);
        same.retainAll(second);
        assertThat(first).hasSizeGreaterThan(100);
        assertThat(same.size()).isGreaterThan(first.size() * 6 / 10).isLessThan(first.size() * 95 / 100);
        var health = qda.codebook().byPath("Acceso a salud");
        assertThat(qda.retrieval().segments(health.id(), java.util.Map.of("city", "lima")))
                .isNotEmpty().allMatch(s -> s.caseCode() != null && s.coderName() != null);
    }

    @Test
    void theAuditTrailVerifiesAndRecordsOneEntryPerBatch() {
        assertThat(study.audit().verify().ok()).isTrue();
        long batches = study.audit().entries(1, 100_000).stream()
                .filter(e -> e.details() != null && e.details().startsWith("demo data generated")).count();
        assertThat(batches).isBetween(4L, 10L);
    }

    @Test
    void editingAnInterviewUpdatesItsSourceAndKeepsEveryCodingOnItsWords() {
        var qda = ctx.qda(study);
        String id = qda.sources().list().stream().filter(s -> "P-001".equals(s.caseCode())).findFirst().orElseThrow().id();
        var before = qda.sources().get(id);
        java.util.Map<String, String> words = new java.util.HashMap<>();
        qda.codings().of(id).forEach(k -> words.put(k.id(), org.campo.qda.TextPositions.slice(before.text(), k.start(), k.end())));
        String health = InterviewNotes.IN_DEPTH.get("P-001").get("notes_health");

        var edit = ctx.submissions(study).resume(before.submissionId());
        var screen = edit.form().first();
        boolean answered = false;
        for (int i = 0; i < 200 && !answered; i++) {
            for (var prompt : screen.prompts()) {
                if (prompt.path().replaceAll("\\[\\d+\\]", "").endsWith("/notes_health")) {
                    edit.answer(prompt.ref(), new org.campo.form.runtime.Answer.Text("Dato nuevo añadido después. " + health));
                    answered = true;
                }
            }
            screen = edit.form().next();
        }
        assertThat(answered).isTrue();
        assertThat(edit.finalizeSubmission().isOk()).isTrue();

        var after = qda.sources().get(id);
        assertThat(after.text()).contains("Dato nuevo añadido después. Vive con VIH");
        assertThat(qda.codings().of(id)).isNotEmpty().allSatisfy(k -> {
            assertThat(k.detached()).isFalse();
            assertThat(org.campo.qda.TextPositions.slice(after.text(), k.start(), k.end())).isEqualTo(words.get(k.id()));
        });
    }
}
