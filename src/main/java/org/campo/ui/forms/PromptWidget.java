package org.campo.ui.forms;

import javafx.scene.Node;

/**
 * The input part of one question on screen. Widgets answer on commit (focus lost, Enter,
 * selection change); {@link #commit()} lets the filler flush a half-typed field before it moves.
 */
public interface PromptWidget {

    /** What to place under the question's label. */
    Node node();

    /** The control that gets the keyboard focus when the question is reached. */
    Node focusTarget();

    /** Answers with what the widget shows now, if that differs from the last answer given. */
    default void commit() {
    }
}
