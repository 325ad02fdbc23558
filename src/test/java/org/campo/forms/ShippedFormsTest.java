package org.campo.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormDefinitionCache;
import org.campo.form.runtime.FormLoader;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.SessionContext;
import org.campo.form.runtime.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The instruments shipped in {@code forms/}: each workbook is up to date with its sources, compiles
 * without errors or warnings, carries both languages and marks its sensitive fields, and can be
 * filled to the end in the runtime, along the paths that matter (consent refused, full interview,
 * referral raised).
 */
class ShippedFormsTest {
    private static final Path FORMS = Path.of(System.getProperty("basedir", "."), "forms");
    private static final String ES = "Español (es)";
    private static final String EN = "English (en)";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneId.of("America/Lima"));
    private static final SessionContext CONTEXT = new SessionContext("campo:laptop-tumbes-1", "enc01", CLOCK);

    /** The fields each instrument must mark {@code campo:sensitive="yes"}, and no others. */
    private static final Map<String, Set<String>> SENSITIVE = Map.of(
            "flow-monitoring-survey", Set.of("gender_identity", "gender_identity_other", "sexual_orientation",
                    "sexual_orientation_other", "route_difficulties", "difficulties_other",
                    "hiv_treatment_interrupted", "gbv_risk"),
            "flow-count", Set.of(),
            "key-informant-interview", Set.of("institution", "position", "notes_health", "notes_gbv",
                    "notes_discrimination", "referrals_informants"),
            "in-depth-interview", Set.of("gender_identity", "gender_identity_other", "sexual_orientation",
                    "sexual_orientation_other", "age", "migratory_status", "notes_journey", "notes_arrival",
                    "notes_documentation", "notes_health", "notes_violence", "notes_discrimination", "notes_work",
                    "notes_housing", "notes_networks", "notes_future", "interviewer_reflections"));

    /** Answers that take each form down its longest path (past screening, a non-empty group). */
    private static final Map<String, Map<String, String>> FULL_PATH = Map.of(
            "flow-monitoring-survey", Map.of("screen_previous", "no", "travels_with_group", "yes", "chronic_illness", "yes"),
            "flow-count", Map.of("women_18_59", "1"));

    static List<String> forms() throws IOException {
        return FormWorkbookGenerator.formNames(FORMS);
    }

    @Test
    void everyInstrumentIsShipped() throws IOException {
        assertThat(forms()).containsExactlyInAnyOrderElementsOf(SENSITIVE.keySet());
        try (Stream<Path> files = Files.list(FORMS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")))
                    .containsExactlyInAnyOrderElementsOf(SENSITIVE.keySet().stream().map(n -> n + ".xlsx").toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void workbookMatchesItsSources(String form) throws IOException {
        byte[] generated = FormWorkbookGenerator.generate(FORMS.resolve("src").resolve(form));
        assertThat(Files.readAllBytes(FORMS.resolve(form + ".xlsx")))
                .as("forms/%s.xlsx is out of date: regenerate it (see forms/README.md)", form)
                .isEqualTo(generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void compilesCleanlyWithBothLanguagesAndSensitiveBinds(String form) throws Exception {
        CompileResult result = compile(form);

        assertThat(result.errors()).as("errors").isEmpty();
        assertThat(result.warnings()).as("warnings").isEmpty();
        assertThat(result.version()).matches("\\d{10}");
        Document xml = parse(result.xform());
        Set<String> languages = new TreeSet<>();
        NodeList translations = xml.getElementsByTagName("translation");
        for (int i = 0; i < translations.getLength(); i++) {
            Element t = (Element) translations.item(i);
            languages.add(t.getAttribute("lang"));
            if (t.getAttribute("lang").equals(ES)) {
                assertThat(t.getAttribute("default")).as("Spanish is the default language").isEqualTo("true()");
            }
        }
        assertThat(languages).containsExactlyInAnyOrder(ES, EN);

        Set<String> marked = new LinkedHashSet<>();
        NodeList binds = xml.getElementsByTagName("bind");
        for (int i = 0; i < binds.getLength(); i++) {
            Element bind = (Element) binds.item(i);
            if ("yes".equals(bind.getAttribute("campo:sensitive"))) {
                String nodeset = bind.getAttribute("nodeset");
                marked.add(nodeset.substring(nodeset.lastIndexOf('/') + 1));
            }
        }
        assertThat(marked).as("binds with campo:sensitive=\"yes\"").containsExactlyInAnyOrderElementsOf(SENSITIVE.get(form));
        assertThat(result.sensitivePaths().stream().map(p -> p.substring(p.lastIndexOf('/') + 1)))
                .containsExactlyInAnyOrderElementsOf(SENSITIVE.get(form));
    }

    // ---- runtime: each form loads and can be filled to the end ---------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void fillsToTheEndInBothLanguages(String form) {
        for (String language : List.of(EN, ES)) {
            FormSession session = start(form);
            assertThat(session.languages()).contains(ES, EN);
            session.setLanguage(language);
            Filler filler = new Filler(session, FULL_PATH.getOrDefault(form, Map.of()));
            filler.fillToEnd();
            assertThat(filler.unanswerable).as("questions no candidate answer satisfied").isEmpty();
            assertThat(session.finalizeInstance().isOk()).as(session.validateAll().toString()).isTrue();
        }
    }

    @Test
    void surveyRefusalRecordsOnlyTheRefusal() {
        FormSession session = start("flow-monitoring-survey");
        Filler filler = new Filler(session, Map.of("screen_previous", "no", "consent", "no"));
        filler.fillToEnd();

        assertThat(session.finalizeInstance().isOk()).isTrue();
        assertThat(filler.answered).contains("point_code", "interview_date", "consent").doesNotContain("age",
                "gender_identity", "documents", "need_1", "disability");
        String xml = session.instanceXml();
        assertThat(xml).contains("<consent>no</consent>").doesNotContain("<age").doesNotContain("<gender_identity")
                .doesNotContain("<referral_flag>");
    }

    @Test
    void surveyWithoutVulnerabilitiesRaisesNoReferral() {
        FormSession session = start("flow-monitoring-survey");
        Filler filler = new Filler(session, noVulnerability());
        filler.fillToEnd();

        assertThat(session.finalizeInstance().isOk()).isTrue();
        assertThat(filler.answered).contains("age", "gender_identity", "sexual_orientation", "member_age",
                "transit_countries", "documents", "need_1", "need_2", "need_3", "gbv_risk");
        assertThat(filler.notesSeen).doesNotContain("referral_note");
        assertThat(session.instanceXml()).contains("<referral_flag>0</referral_flag>");
    }

    @Test
    void surveyVulnerabilityRaisesTheReferralFlagAndNote() {
        Map<String, String> answers = new java.util.HashMap<>(noVulnerability());
        answers.put("hiv_treatment_interrupted", "yes");
        FormSession session = start("flow-monitoring-survey");
        Filler filler = new Filler(session, answers);
        filler.fillToEnd();

        assertThat(session.finalizeInstance().isOk()).isTrue();
        assertThat(filler.notesSeen).contains("referral_note");
        assertThat(filler.answered).contains("referral_accepted");
        assertThat(session.instanceXml()).contains("<referral_flag>1</referral_flag>");
    }

    @Test
    void surveyRankedNeedsExcludeEarlierPicks() {
        FormSession session = start("flow-monitoring-survey");
        Filler filler = new Filler(session, noVulnerability());
        filler.fillToEnd();

        assertThat(filler.choicesOffered.get("need_1")).contains("food", "water");
        assertThat(filler.choicesOffered.get("need_2")).doesNotContain("food").contains("water");
        assertThat(filler.choicesOffered.get("need_3")).doesNotContain("food", "water").contains("shelter");
    }

    @Test
    void surveyNoneIsExclusive() {
        FormSession session = start("flow-monitoring-survey");
        Filler filler = new Filler(session, noVulnerability());
        filler.fillToEnd();
        String documents = filler.refs.get("documents");
        session.jumpTo(documents);

        ValidationResult both = session.answer(documents, new Answer.Choices(List.of("passport", "none")));
        assertThat(both.status()).isEqualTo(ValidationResult.Status.CONSTRAINT_VIOLATED);
        assertThat(session.answer(documents, new Answer.Choices(List.of("none"))).isOk()).isTrue();
    }

    @Test
    void countPromptsASurveyEveryFifthGroupAndRejectsAnEmptyGroup() {
        FormSession session = start("flow-count");
        Filler filler = new Filler(session, Map.of("group_seq", "10", "women_18_59", "2", "girls_0_5", "1"));
        filler.fillToEnd();
        assertThat(session.finalizeInstance().isOk()).isTrue();
        assertThat(filler.notesSeen).contains("survey_prompt");
        assertThat(session.instanceXml()).contains("<group_total>3</group_total>").contains("<survey_due>1</survey_due>");

        FormSession other = start("flow-count");
        Filler second = new Filler(other, Map.of("group_seq", "7", "men_18_59", "1"));
        second.fillToEnd();
        assertThat(second.notesSeen).doesNotContain("survey_prompt");

        FormSession empty = start("flow-count");
        Filler none = new Filler(empty, Map.of("group_seq", "1"));
        none.strict = false;
        none.fillToEnd();
        assertThat(none.screenProblems).extracting(ValidationResult::status)
                .containsExactly(ValidationResult.Status.CONSTRAINT_VIOLATED);
        ValidationResult finalized = empty.finalizeInstance();
        assertThat(finalized.isOk()).as("a group of nobody cannot be finalized").isFalse();
        assertThat(finalized.ref()).isEqualTo(none.refs.get("men_60_plus"));
    }

    @Test
    void interviewCodesFollowTheStudyPattern() {
        FormSession ki = start("key-informant-interview");
        Filler kiFiller = new Filler(ki, Map.of());
        kiFiller.fillToEnd();
        String code = kiFiller.refs.get("participant_code");
        assertThat(ki.answer(code, new Answer.Text("Ana Pérez")).isOk()).isFalse();
        assertThat(ki.answer(code, new Answer.Text("KI-GOB-03")).isOk()).isTrue();

        FormSession idi = start("in-depth-interview");
        Filler idiFiller = new Filler(idi, Map.of());
        idiFiller.fillToEnd();
        String pcode = idiFiller.refs.get("participant_code");
        assertThat(idi.answer(pcode, new Answer.Text("P-7")).isOk()).isFalse();
        assertThat(idi.answer(pcode, new Answer.Text("P-007")).isOk()).isTrue();
    }

    private static Map<String, String> noVulnerability() {
        return Map.ofEntries(Map.entry("screen_previous", "no"), Map.entry("travels_with_group", "yes"),
                Map.entry("group_others", "2"), Map.entry("member_age", "30"), Map.entry("age", "34"),
                Map.entry("disability", "no"), Map.entry("chronic_illness", "no"),
                Map.entry("hiv_treatment_interrupted", "no"), Map.entry("pregnant_lactating", "no"),
                Map.entry("gbv_risk", "no"), Map.entry("need_1", "food"), Map.entry("need_2", "water"),
                Map.entry("need_3", "shelter"), Map.entry("transit_countries", "colombia ecuador"),
                Map.entry("documents", "cedula"), Map.entry("route_difficulties", "lack_money walking"));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static final Map<String, CompileResult> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, FormDefinition> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static CompileResult compile(String form) {
        return COMPILED.computeIfAbsent(form, f -> new XlsFormCompiler().compile(FORMS.resolve(f + ".xlsx")));
    }

    private static FormSession start(String form) {
        FormDefinition definition = LOADED.computeIfAbsent(form, f -> {
            CompileResult result = compile(f);
            assertThat(result.errors()).isEmpty();
            return new FormLoader(FormDefinitionCache.none()).load(result.xform());
        });
        return FormSession.start(definition, CONTEXT);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String name(Prompt prompt) {
        String path = prompt.path().replaceAll("\\[\\d+]", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Fills a session screen by screen as an interviewer would: the given answers by field name
     * (space-separated for select_multiple), otherwise the first plausible value the form accepts.
     * Every repeat is answered as many times as its count asks, or once when added as you go.
     */
    private static final class Filler {
        private final FormSession session;
        private final Map<String, String> given;
        final List<String> answered = new ArrayList<>();
        final List<String> notesSeen = new ArrayList<>();
        final List<String> unanswerable = new ArrayList<>();
        final Map<String, String> refs = new java.util.HashMap<>();
        final Map<String, List<String>> choicesOffered = new java.util.HashMap<>();
        final List<ValidationResult> screenProblems = new ArrayList<>();
        /** Whether every screen must validate before moving on (false: record the problems instead). */
        boolean strict = true;

        Filler(FormSession session, Map<String, String> given) {
            this.session = session;
            this.given = given;
        }

        void fillToEnd() {
            Screen screen = session.first();
            Set<String> added = new java.util.HashSet<>();
            for (int i = 0; i < 2_000; i++) {
                switch (screen.kind()) {
                    case END:
                        return;
                    case ADD_REPEAT:
                        screen = added.add(screen.repeatLabel()) ? session.addRepeat() : session.declineRepeat();
                        continue;
                    case QUESTIONS:
                        for (Prompt prompt : screen.prompts()) {
                            fill(prompt);
                        }
                        var problem = session.validateScreen();
                        if (strict) {
                            assertThat(problem).as("screen %s", screen.ref()).isEmpty();
                        }
                        problem.ifPresent(screenProblems::add);
                        screen = session.next();
                        continue;
                    default:
                        screen = session.next();
                }
            }
            throw new AssertionError("the form did not end");
        }

        private void fill(Prompt stale) {
            Prompt prompt = session.current().prompts().stream().filter(p -> p.ref().equals(stale.ref())).findFirst()
                    .orElse(stale);
            String name = name(prompt);
            refs.putIfAbsent(name, prompt.ref());
            if (prompt.type() == PromptType.NOTE) {
                notesSeen.add(name);
                return;
            }
            if (prompt.readOnly()) {
                return;
            }
            choicesOffered.putIfAbsent(name, prompt.choices().stream().map(ChoiceOption::value).toList());
            List<Answer> candidates = new ArrayList<>();
            String value = given.get(name);
            if (value != null) {
                candidates.add(parse(prompt.type(), value));
            } else if (prompt.answer().isPresent() && prompt.type() != PromptType.TEXT) {
                answered.add(name);
                return; // a default, e.g. today() or a counter's 0
            } else {
                candidates.addAll(candidates(prompt));
            }
            for (Answer candidate : candidates) {
                if (session.answer(prompt.ref(), candidate).isOk()) {
                    answered.add(name);
                    return;
                }
            }
            if (value != null || prompt.required()) {
                unanswerable.add(prompt.path() + " (" + prompt.type() + ")");
            }
        }

        private static Answer parse(PromptType type, String value) {
            return switch (type) {
                case INTEGER -> new Answer.IntegerNumber(Long.parseLong(value));
                case DECIMAL -> new Answer.DecimalNumber(new BigDecimal(value));
                case SELECT_ONE -> new Answer.Choice(value);
                case SELECT_MULTIPLE -> new Answer.Choices(List.of(value.split(" ")));
                case DATE -> new Answer.Date(LocalDate.parse(value));
                default -> new Answer.Text(value);
            };
        }

        private static List<Answer> candidates(Prompt prompt) {
            List<Answer> answers = new ArrayList<>();
            switch (prompt.type()) {
                case TEXT -> {
                    for (String s : List.of("KI-GOB-01", "P-001", "Texto de prueba")) {
                        answers.add(new Answer.Text(s));
                    }
                }
                case INTEGER -> {
                    for (long n : new long[] {1, 2, 30, 0}) {
                        answers.add(new Answer.IntegerNumber(n));
                    }
                }
                case DECIMAL -> answers.add(new Answer.DecimalNumber(new BigDecimal("120.50")));
                case DATE -> answers.add(new Answer.Date(LocalDate.of(2026, 11, 2)));
                case TIME -> answers.add(new Answer.Time(LocalTime.of(10, 30)));
                case SELECT_ONE -> prompt.choices().forEach(c -> answers.add(new Answer.Choice(c.value())));
                case SELECT_MULTIPLE, RANK -> prompt.choices().forEach(c -> answers.add(new Answer.Choices(List.of(c.value()))));
                case ACKNOWLEDGE -> answers.add(new Answer.Acknowledged());
                default -> {
                }
            }
            return answers;
        }
    }

    static String describe(List<?> messages) {
        return messages.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
