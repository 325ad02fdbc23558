package org.campo.ui.forms;

import org.campo.form.runtime.Prompt;

/** Small readings of prompts the widgets share. */
final class Prompts {
    private Prompts() {
    }

    /**
     * The question's name with its repeat position, e.g. {@code age} or {@code name-2}: a stable
     * node id for tests and accessibility that does not depend on the language.
     */
    static String name(Prompt prompt) {
        String path = prompt.path();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\[\\d+\\]", "");
        return prompt.repeatPosition() > 0 ? last + "-" + prompt.repeatPosition() : last;
    }
}
