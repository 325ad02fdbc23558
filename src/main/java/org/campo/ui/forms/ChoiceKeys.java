package org.campo.ui.forms;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Digits 1–9 pick the n-th choice of a focused select question: fast entry without the mouse. */
final class ChoiceKeys {
    private ChoiceKeys() {
    }

    /** The 0-based choice index a key press names, or -1. */
    static int indexOf(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return -1;
        }
        KeyCode code = event.getCode();
        if (code.isDigitKey() && code != KeyCode.DIGIT0 && code != KeyCode.NUMPAD0) {
            String name = code.getName();
            return name.charAt(name.length() - 1) - '1';
        }
        return -1;
    }
}
