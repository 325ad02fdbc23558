package org.campo.collect;

import java.util.Map;
import java.util.Set;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;

/**
 * Answers a new submission's point, date and shift questions from the open shift. Questions
 * are recognised by name, the convention of the shipped instruments (and of most flow
 * monitoring forms): {@code point_code}/{@code site_code}, {@code count_date}/{@code interview_date},
 * {@code shift}. A value the form's choices do not accept is simply left for the enumerator.
 */
final class ShiftPrefill {
    private static final Set<String> POINT = Set.of("point_code", "site_code", "point", "site");
    private static final Set<String> DATE = Set.of("count_date", "interview_date", "date");
    private static final Set<String> SHIFT = Set.of("shift");

    private ShiftPrefill() {
    }

    static void apply(FormSession session, Shift shift) {
        Map<Set<String>, Answer> answers = Map.of(
                POINT, new Answer.Choice(shift.siteCode()),
                DATE, new Answer.Date(shift.date()),
                SHIFT, new Answer.Choice(shift.shift()));
        int budget = 40;
        Screen screen = session.next();
        while (screen.kind() != Screen.Kind.END && screen.kind() != Screen.Kind.ADD_REPEAT && budget-- > 0) {
            for (Prompt p : screen.prompts()) {
                String name = p.path().substring(p.path().lastIndexOf('/') + 1).replaceAll("\\[\\d+\\]", "");
                answers.forEach((names, answer) -> {
                    if (names.contains(name) && p.answer().isEmpty() && !p.readOnly()) {
                        Answer a = answer instanceof Answer.Choice c && p.choices().isEmpty()
                                ? new Answer.Text(c.value()) : answer;
                        session.answer(p.ref(), a);
                    }
                });
            }
            screen = session.next();
        }
        session.first();
    }
}
