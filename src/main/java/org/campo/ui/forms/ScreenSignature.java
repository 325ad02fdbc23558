package org.campo.ui.forms;

import java.util.List;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.Screen;

/**
 * What a screen looks like, answers aside. After each answer the filler re-reads the screen;
 * it rebuilds the widgets only when this changes (a question appeared, a choice list was
 * filtered, a label with an output changed), so typing is never interrupted needlessly.
 */
record ScreenSignature(Screen.Kind kind, String ref, List<List<Object>> prompts) {

    static ScreenSignature of(Screen screen) {
        if (screen == null) {
            return null;
        }
        List<List<Object>> prompts = screen.prompts().stream().map(ScreenSignature::shape).toList();
        return new ScreenSignature(screen.kind(), screen.ref(), prompts);
    }

    private static List<Object> shape(Prompt p) {
        String calculated = p.readOnly() || p.type() == org.campo.form.runtime.PromptType.NOTE
                ? p.answer().map(a -> a.toXFormValue()).orElse("") : "";
        return List.of(p.ref(), p.type(), String.valueOf(p.label()), String.valueOf(p.hint()),
                String.valueOf(p.guidance()), p.choices(), p.required(), p.readOnly(), calculated);
    }
}
