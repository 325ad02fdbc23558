package org.campo.ui.shell;

import java.nio.file.Path;
import org.campo.study.OpenStudy;

/** Which main screen the window shows; the shell view swaps its centre when this changes. */
public sealed interface ShellState {

    /** No study open: create one, open one, or reopen the recent one. */
    record Start() implements ShellState {
    }

    /** Filling in a new study. */
    record Create() implements ShellState {
    }

    /** Joining a coordinator's study from a kit (a laptop). */
    record Join() implements ShellState {
    }

    /** A study file chosen but locked. */
    record Unlock(Path file) implements ShellState {
    }

    /** An unlocked study. */
    record Study(OpenStudy study) implements ShellState {
    }
}
