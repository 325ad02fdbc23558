package org.campo.form.compile;

/**
 * Decides whether a question gets a body control, as pyxform does: calculations and metadata
 * never do, and a question of any other type that is computed (a calculation or a trigger)
 * and has neither label nor hint is a typed, hidden value rather than something to ask.
 * Trigger checks use it too, since only a visible question can fire a trigger.
 */
final class BodyVisibility {

    private BodyVisibility() {
    }

    static boolean hasControl(FormElement e) {
        if (!e.isQuestion() || e.type.control() == null) {
            return false;
        }
        return !(isComputed(e) && !hasPrompt(e));
    }

    static boolean isComputed(FormElement e) {
        return !e.column("calculation").isEmpty() || !e.column("trigger").isEmpty();
    }

    /** A label (in any language, or media) or a hint that the control could show. */
    static boolean hasPrompt(FormElement e) {
        if (e.generated || e.forcedAppearance != null) {
            return true;
        }
        // a guidance hint alone is not a prompt: it is shown only on request, as in pyxform
        for (String column : new String[] {"label", "hint", "image", "big-image", "audio", "video"}) {
            // a blank label counts: pyxform gives unlabelled "appearance = label" rows one
            if (e.text(column).values().stream().anyMatch(v -> !v.isEmpty())) {
                return true;
            }
        }
        return !e.column("media").isBlank(); // pyxform counts an (otherwise ignored) media column

    }
}
