package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.campo.common.CampoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of a form being filled, on Campo's household form and the recommended corpus forms. */
class FormSessionTest {

    private static FormSession household() {
        return FormSession.start(TestForms.load("campo"), TestForms.CONTEXT);
    }

    private static Prompt prompt(Screen screen, String path) {
        return screen.prompts().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not on screen " + screen));
    }

    /** Moves forward until a screen shows the question at {@code path}. */
    private static Screen nextTo(FormSession session, String path) {
        Screen screen = session.first();
        while (screen.kind() != Screen.Kind.END) {
            if (screen.prompts().stream().anyMatch(p -> p.path().equals(path))) {
                return screen;
            }
            screen = screen.kind() == Screen.Kind.ADD_REPEAT ? session.addRepeat() : session.next();
        }
        throw new AssertionError(path + " never shown");
    }

    @Test
    void newInstanceCarriesMetadataFromTheSessionContext() {
        FormSession session = household();
        String xml = session.instanceXml();

        assertThat(session.instanceId()).startsWith("uuid:");
        assertThat(xml).contains("<deviceid>campo:laptop-7</deviceid>", "<username>ana</username>",
                "<today>2024-05-01</today>", "<start>2024-05-01T");
        assertThat(session.definition().formId()).isEqualTo("household");
        assertThat(session.definition().version()).contains("3");
        assertThat(session.definition().title()).isEqualTo("Household");
    }

    @Test
    void sensitiveFieldsAreKnownToTheDefinitionAndThePrompt() {
        FormDefinition definition = TestForms.load("campo");

        assertThat(definition.sensitivePaths()).containsExactlyInAnyOrder("/data/name", "/data/member/mname");
        assertThat(definition.isSensitive("/data/member[3]/mname")).isTrue();
        assertThat(definition.isSensitive("/data/age")).isFalse();
        FormSession session = FormSession.start(definition, TestForms.CONTEXT);
        assertThat(prompt(nextTo(session, "/data/name[1]"), "/data/name[1]").sensitive()).isTrue();
    }

    @Test
    void constraintViolationReturnsTheFormsMessageAndKeepsTheOldAnswer() {
        FormSession session = household();
        Prompt age = prompt(nextTo(session, "/data/age[1]"), "/data/age[1]");

        assertThat(session.answer(age.ref(), new Answer.IntegerNumber(30)).isOk()).isTrue();
        ValidationResult tooYoung = session.answer(age.ref(), new Answer.IntegerNumber(10));

        assertThat(tooYoung.status()).isEqualTo(ValidationResult.Status.CONSTRAINT_VIOLATED);
        assertThat(tooYoung.message()).isEqualTo("Adults only");
        assertThat(prompt(session.current(), "/data/age[1]").answer()).contains(new Answer.IntegerNumber(30));
    }

    @Test
    void constraintMessageFromItextIsTranslated() {
        FormSession session = FormSession.start(TestForms.load("J06"), TestForms.CONTEXT);
        Prompt q1 = session.first().prompts().get(0);

        ValidationResult result = session.answer(q1.ref(), new Answer.IntegerNumber(3));

        assertThat(result.status()).isEqualTo(ValidationResult.Status.CONSTRAINT_VIOLATED);
        assertThat(result.message()).isEqualTo("Your message");
    }

    @Test
    void valueOfTheWrongKindIsRejected() {
        FormSession session = household();
        Prompt age = prompt(nextTo(session, "/data/age[1]"), "/data/age[1]");
        Prompt country = session.first().prompts().get(0);

        assertThat(session.answer(age.ref(), new Answer.Text("many")).status())
                .isEqualTo(ValidationResult.Status.INVALID_VALUE);
        assertThat(session.answer(country.ref(), new Answer.Choice("XX")).status())
                .isEqualTo(ValidationResult.Status.INVALID_VALUE);
    }

    @Test
    void requiredQuestionLeftEmptyStopsFinalizationWithTheFormsMessage() {
        FormSession session = FormSession.start(TestForms.load("J19"), TestForms.CONTEXT);

        ValidationResult result = session.finalizeInstance();

        assertThat(result.status()).isEqualTo(ValidationResult.Status.REQUIRED_MISSING);
        assertThat(result.message()).isEqualTo("Custom message");
        Screen problem = session.jumpTo(result.ref());
        assertThat(problem.prompts()).extracting(Prompt::ref).contains(result.ref());
    }

    @Test
    void finalizingRecordsTheEndTimeOnceEverythingIsValid() {
        FormSession session = household();
        Prompt name = prompt(nextTo(session, "/data/name[1]"), "/data/name[1]");
        assertThat(session.finalizeInstance().status()).isEqualTo(ValidationResult.Status.REQUIRED_MISSING);

        session.answer(name.ref(), new Answer.Text("Rosa"));

        assertThat(session.finalizeInstance().isOk()).isTrue();
        assertThat(session.instanceXml()).contains("<end>2024-05-01T");
    }

    @Test
    void languageSwitchChangesLabels() {
        FormSession session = FormSession.start(TestForms.load("J20"), TestForms.CONTEXT);
        assertThat(session.languages()).containsExactly("English (en)", "French (fr)");
        assertThat(session.first().prompts().get(0).label()).isEqualTo("what is your age");

        session.setLanguage("French (fr)");

        assertThat(session.current().prompts().get(0).label()).isEqualTo("quel âge as-tu");
        assertThatThrownBy(() -> session.setLanguage("Quechua"))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("form.runtime.unknownLanguage"));
    }

    @Test
    void labelsShowEarlierAnswers() {
        FormSession session = household();
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("VE"));

        assertThat(prompt(session.next(), "/data/name[1]").label()).isEqualTo("Name (born in VE)");
    }

    @Test
    void cascadingChoicesFollowTheEarlierAnswer() {
        FormSession session = FormSession.start(TestForms.load("J03"), TestForms.CONTEXT);
        Prompt level1 = session.first().prompts().get(0);

        session.answer(level1.ref(), new Answer.Choice("a"));
        List<ChoiceOption> afterA = session.next().prompts().get(0).choices();
        session.previous();
        session.answer(level1.ref(), new Answer.Choice("b"));
        List<ChoiceOption> afterB = session.next().prompts().get(0).choices();

        assertThat(afterA).extracting(ChoiceOption::value).containsExactly("aa", "ab", "ac");
        assertThat(afterA).extracting(ChoiceOption::label).startsWith("AA");
        assertThat(afterB).extracting(ChoiceOption::value).allMatch(v -> v.startsWith("b"));
    }

    @Test
    void pulldataReadsTheCsvAttachment() {
        FormSession session = household();
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("PE"));

        Prompt capital = prompt(nextTo(session, "/data/capital[1]"), "/data/capital[1]");

        assertThat(capital.readOnly()).isTrue();
        assertThat(capital.answer()).contains(new Answer.Text("Lima"));
    }

    @Test
    void fieldListGroupIsOneScreen() {
        FormSession session = household();
        Screen page = nextTo(session, "/data/page[1]/q_a[1]");

        assertThat(page.prompts()).extracting(Prompt::path)
                .containsExactly("/data/page[1]/q_a[1]", "/data/page[1]/q_b[1]");
        assertThat(page.breadcrumb()).containsExactly("Page");
        assertThat(session.jumpTo(page.prompts().get(1).ref()).ref()).isEqualTo(page.ref());
    }

    @Test
    void repeatsAreAddedOnRequestAndCanBeRemoved() {
        FormSession session = household();
        Screen screen = session.first();
        assertThatThrownBy(session::addRepeat).isInstanceOf(CampoException.class);
        while (screen.kind() != Screen.Kind.ADD_REPEAT) {
            screen = session.next();
        }
        assertThat(screen.repeatCount()).isZero();

        Screen first = session.addRepeat();
        session.answer(first.prompts().get(0).ref(), new Answer.Text("Luis"));
        assertThat(first.prompts().get(0).repeatPosition()).isEqualTo(1);
        session.next();
        Screen again = session.next();
        assertThat(again.kind()).isEqualTo(Screen.Kind.ADD_REPEAT);
        assertThat(again.repeatCount()).isEqualTo(1);
        Screen second = session.addRepeat();
        assertThat(second.prompts().get(0).path()).isEqualTo("/data/member[2]/mname[1]");
        session.answer(second.prompts().get(0).ref(), new Answer.Text("Eva"));
        assertThat(session.repeatCount("/data/member")).isEqualTo(2);

        session.removeRepeat();

        assertThat(session.repeatCount("/data/member")).isEqualTo(1);
        InstanceReader.Result read = new InstanceReader(session.definition().repeatPaths()).read(session.instanceXml());
        assertThat(read.rows("/data/member")).singleElement()
                .satisfies(row -> assertThat(row.values()).containsEntry("/data/member/mname", "Luis"));
    }

    @Test
    void resumingRestoresAnswersAndPosition() {
        FormSession session = household();
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("PE"));
        Screen nameScreen = session.next();
        session.answer(nameScreen.prompts().get(0).ref(), new Answer.Text("Rosa"));
        Screen ageScreen = session.next();
        session.answer(ageScreen.prompts().get(0).ref(), new Answer.IntegerNumber(41));
        String draft = session.instanceXml();

        FormSession resumed = FormSession.resume(TestForms.load("campo"), draft, TestForms.CONTEXT,
                Optional.of(ageScreen.ref()));

        assertThat(resumed.instanceId()).isEqualTo(session.instanceId());
        assertThat(resumed.current().ref()).isEqualTo(ageScreen.ref());
        assertThat(resumed.current().prompts().get(0).answer()).contains(new Answer.IntegerNumber(41));
        assertThat(resumed.previous().prompts().get(0).answer()).contains(new Answer.Text("Rosa"));
        assertThat(resumed.instanceXml()).contains("<start>" + between(draft, "<start>", "</start>"));
    }

    @Test
    void outlineListsQuestionsWithAnsweredState() {
        FormSession session = household();
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("PE"));

        List<OutlineEntry> outline = session.outline();

        assertThat(outline).filteredOn(e -> e.kind() == OutlineEntry.Kind.QUESTION)
                .extracting(OutlineEntry::label).contains("Country", "Age", "A", "B");
        assertThat(outline.get(0).answered()).isTrue();
        OutlineEntry age = outline.stream().filter(e -> e.label().equals("Age")).findFirst().orElseThrow();
        assertThat(session.jumpTo(age.ref()).prompts().get(0).label()).isEqualTo("Age");
    }

    @Test
    void setgeopointUsesTheConfiguredSiteLocation() {
        Answer.GeoPoint site = new Answer.GeoPoint(-3.4936, -80.2461, 12, 0);
        SessionContext atTumbes = new SessionContext("d1", "ana", TestForms.CLOCK, LocationProvider.fixed(site));

        FormSession located = FormSession.start(TestForms.load("J21"), atTumbes);
        FormSession noGps = FormSession.start(TestForms.load("J21"), TestForms.CONTEXT);

        assertThat(located.instanceXml()).contains("<start-geopoint>-3.4936 -80.2461 12");
        assertThat(noGps.instanceXml()).contains("<start-geopoint />");
    }

    @Test
    void unknownReferenceIsACampoError() {
        FormSession session = household();
        assertThatThrownBy(() -> session.answer("99.1", new Answer.Text("x")))
                .isInstanceOfSatisfying(CampoException.class,
                        e -> assertThat(e.key()).isEqualTo("form.runtime.unknownRef"));
    }

    private static String between(String s, String open, String close) {
        int start = s.indexOf(open) + open.length();
        return s.substring(start, s.indexOf(close, start));
    }
}
