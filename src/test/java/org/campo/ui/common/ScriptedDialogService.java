package org.campo.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: file choices and answers are queued in advance, and
 * whatever would have been shown is recorded for assertions.
 */
public final class ScriptedDialogService implements DialogService {
    private final Deque<Optional<Path>> files = new ArrayDeque<>();
    private final Deque<List<Path>> fileLists = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final List<String> recoveryKeys = new ArrayList<>();
    private final List<Message> errors = new ArrayList<>();

    /** The next file chooser (save or open) returns {@code file}. */
    public ScriptedDialogService choosing(Path file) {
        files.add(Optional.of(file));
        return this;
    }

    /** The next chooser of several files returns {@code chosen}. */
    public ScriptedDialogService choosingAll(Path... chosen) {
        fileLists.add(List.of(chosen));
        return this;
    }

    /** The next file chooser is cancelled. */
    public ScriptedDialogService cancellingChooser() {
        files.add(Optional.empty());
        return this;
    }

    public ScriptedDialogService answering(boolean confirm) {
        confirmations.add(confirm);
        return this;
    }

    @Override
    public Optional<Path> chooseNewStudyFile(String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> chooseStudyFile() {
        return next();
    }

    @Override
    public Optional<Path> chooseExportFolder() {
        return next();
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, String extension) {
        return next();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String extension) {
        return next();
    }

    @Override
    public List<Path> chooseFilesToOpen(String extension) {
        if (!fileLists.isEmpty()) {
            return fileLists.poll();
        }
        return next().map(List::of).orElse(List.of());
    }

    private Optional<Path> next() {
        if (files.isEmpty()) {
            throw new AssertionError("no file choice scripted");
        }
        return files.poll();
    }

    @Override
    public void showRecoveryKey(String studyName, char[] recoveryKey) {
        recoveryKeys.add(new String(recoveryKey));
    }

    @Override
    public void showError(Message problem) {
        errors.add(problem);
    }

    @Override
    public boolean confirm(Message question) {
        if (confirmations.isEmpty()) {
            throw new AssertionError("no answer scripted for " + question.key());
        }
        return confirmations.poll();
    }

    public List<String> recoveryKeys() {
        return recoveryKeys;
    }

    public List<Message> errors() {
        return errors;
    }
}
