package org.campo.form.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills any form to its end the way a hurried but careful interviewer would: each question gets
 * plausible values of its type until one is accepted, selects take the first acceptable choice,
 * every repeat gets one instance. It drives only the public API, so a form it can fill is a form
 * the UI can fill.
 */
final class AutoFiller {
    private static final int MAX_SCREENS = 5_000;
    private static final Answer.GeoPoint LIMA = new Answer.GeoPoint(-12.0464, -77.0428, 150, 5);

    /** Repeats (by generic path) already given their one instance. */
    private final Set<String> repeatsAdded = new HashSet<>();
    final List<String> unanswerable = new ArrayList<>();

    Screen fillToEnd(FormSession session) {
        Screen screen = session.first();
        for (int i = 0; i < MAX_SCREENS; i++) {
            switch (screen.kind()) {
                case END:
                    return screen;
                case ADD_REPEAT:
                    String repeat = FormPaths.generic(screen.ref().replaceAll("#\\d+", "")) + screen.repeatLabel();
                    if (repeatsAdded.add(repeat)) {
                        screen = session.addRepeat();
                    } else {
                        screen = session.declineRepeat();
                    }
                    continue;
                case QUESTIONS:
                    for (Prompt prompt : screen.prompts()) {
                        fill(session, prompt);
                    }
                    screen = session.next();
                    continue;
                default:
                    screen = session.next();
            }
        }
        throw new AssertionError("Form did not end after " + MAX_SCREENS + " screens");
    }

    private void fill(FormSession session, Prompt prompt) {
        if (prompt.readOnly() || prompt.type() == PromptType.NOTE || prompt.type() == PromptType.UNSUPPORTED) {
            return;
        }
        // Earlier answers on the same screen can change this one's choices; read it afresh.
        Prompt fresh = session.current().prompts().stream()
                .filter(p -> p.ref().equals(prompt.ref())).findFirst().orElse(prompt);
        for (Answer candidate : candidates(fresh)) {
            if (session.answer(fresh.ref(), candidate).isOk()) {
                return;
            }
        }
        unanswerable.add(fresh.path() + " (" + fresh.type() + ")");
    }

    static List<Answer> candidates(Prompt prompt) {
        List<Answer> answers = new ArrayList<>();
        switch (prompt.type()) {
            case TEXT:
                for (String s : List.of("Campo", "1", "a", "0", "12345678", "test@example.org", "A1")) {
                    answers.add(new Answer.Text(s));
                }
                break;
            case BARCODE:
                answers.add(new Answer.Text("7750000000001"));
                break;
            case INTEGER:
                for (long n : new long[] {1, 2, 0, 5, 10, 18, 30, 100, 1000, -1}) {
                    answers.add(new Answer.IntegerNumber(n));
                }
                break;
            case DECIMAL:
                for (String d : List.of("1.5", "1", "0", "10", "25.5", "100", "1000")) {
                    answers.add(new Answer.DecimalNumber(new BigDecimal(d)));
                }
                break;
            case RANGE:
                prompt.range().ifPresent(r -> {
                    answers.add(new Answer.DecimalNumber(r.start()));
                    answers.add(new Answer.DecimalNumber(r.end()));
                });
                answers.add(new Answer.IntegerNumber(1));
                break;
            case DATE:
                for (LocalDate d : List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2030, 1, 1))) {
                    answers.add(new Answer.Date(d));
                }
                break;
            case TIME:
                answers.add(new Answer.Time(LocalTime.of(10, 30)));
                break;
            case DATETIME:
                answers.add(new Answer.DateTime(OffsetDateTime.of(2024, 5, 1, 10, 30, 0, 0, ZoneOffset.ofHours(-5))));
                break;
            case SELECT_ONE:
                prompt.choices().forEach(c -> answers.add(new Answer.Choice(c.value())));
                break;
            case SELECT_MULTIPLE:
            case RANK:
                prompt.choices().forEach(c -> answers.add(new Answer.Choices(List.of(c.value()))));
                break;
            case GEOPOINT:
                answers.add(LIMA);
                break;
            case GEOTRACE:
                answers.add(new Answer.GeoTrace(List.of(LIMA, new Answer.GeoPoint(-12.05, -77.05, 150, 5))));
                break;
            case GEOSHAPE:
                answers.add(new Answer.GeoShape(List.of(LIMA, new Answer.GeoPoint(-12.05, -77.05, 150, 5),
                        new Answer.GeoPoint(-12.06, -77.04, 150, 5), LIMA)));
                break;
            case ACKNOWLEDGE:
                answers.add(new Answer.Acknowledged());
                break;
            case IMAGE:
                answers.add(new Answer.FileName("photo.jpg"));
                break;
            case AUDIO:
                answers.add(new Answer.FileName("sound.m4a"));
                break;
            case VIDEO:
                answers.add(new Answer.FileName("clip.mp4"));
                break;
            case FILE:
                answers.add(new Answer.FileName("document.pdf"));
                break;
            default:
                break;
        }
        return answers;
    }
}
