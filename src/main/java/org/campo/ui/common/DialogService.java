package org.campo.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the app shows goes through here, so view models can ask questions and report
 * problems without touching JavaFX windows, and tests can script the answers.
 */
public interface DialogService {

    /** Where to save a new study file; empty when the user cancels. */
    Optional<Path> chooseNewStudyFile(String suggestedName);

    /** An existing study file to open; empty when the user cancels. */
    Optional<Path> chooseStudyFile();

    /**
     * Shows the recovery key of a new study and returns only once the user confirms that they
     * wrote it down. The key is never shown again.
     */
    void showRecoveryKey(String studyName, char[] recoveryKey);

    /**
     * A folder to write a dataset export into (several files: tables, codebook, R script,
     * manifest); empty when the user cancels.
     */
    Optional<Path> chooseExportFolder();

    /**
     * A file to write one export into, such as a summary workbook; {@code extension} is the
     * file type without the dot and is added when the user leaves it out. Empty when cancelled.
     */
    Optional<Path> chooseExportFile(String suggestedName, String extension);

    /**
     * As {@link #chooseExportFile(String, String)}, with the chooser titled by {@code titleKey} (a
     * package or a kit is not a summary).
     */
    default Optional<Path> chooseExportFile(String suggestedName, String extension, String titleKey) {
        return chooseExportFile(suggestedName, extension);
    }

    /**
     * An existing file to read, such as a project from another tool; {@code extension} is the
     * file type without the dot. Empty when cancelled.
     */
    Optional<Path> chooseFileToOpen(String extension);

    /**
     * Existing files to read, several at once (such as laptops' packages); {@code extension} is the
     * file type without the dot. Empty when cancelled.
     */
    default java.util.List<Path> chooseFilesToOpen(String extension) {
        return chooseFileToOpen(extension).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** A problem the user must read: a translated sentence and what to do next. */
    void showError(Message problem);

    /** A yes/no question; true when the user confirms. */
    boolean confirm(Message question);
}
