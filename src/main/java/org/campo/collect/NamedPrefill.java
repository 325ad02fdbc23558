package org.campo.collect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;

/**
 * Answers a new submission's questions that Campo already knows, recognised by name (the
 * convention of the shipped instruments and of most field forms): the open shift's point
 * ({@code point_code}/{@code site_code}), date ({@code count_date}/{@code interview_date}) and
 * {@code shift}, and the interview's {@code participant_code}. A value the form does not accept
 * (say, a point missing from its choices) is simply left for the enumerator.
 */
final class NamedPrefill {
    private static final Set<String> POINT = Set.of("point_code", "site_code", "point", "site");
    private static final Set<String> DATE = Set.of("count_date", "interview_date", "date");
    private static final Set<String> SHIFT = Set.of("shift");
    private static final Set<String> PARTICIPANT = Set.of("participant_code");
    /** Known questions sit at the start of a form; no need to walk a long form to its end. */
    private static final int SCREENS_TO_SEARCH = 40;

    private final Map<Set<String>, Answer> answers = new LinkedHashMap<>();

    NamedPrefill shift(Shift shift) {
        answers.put(POINT, new Answer.Choice(shift.siteCode()));
        answers.put(DATE, new Answer.Date(shift.date()));
        answers.put(SHIFT, new Answer.Choice(shift.shift()));
        return this;
    }

    NamedPrefill participant(String code) {
        if (code != null && !code.isBlank()) {
            answers.put(PARTICIPANT, new Answer.Text(code));
        }
        return this;
    }

    void apply(FormSession session) {
        if (answers.isEmpty()) {
            return;
        }
        int budget = SCREENS_TO_SEARCH;
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
