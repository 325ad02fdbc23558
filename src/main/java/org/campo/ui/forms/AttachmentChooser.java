package org.campo.ui.forms;

import java.nio.file.Path;
import java.util.Optional;
import org.campo.form.runtime.PromptType;

/**
 * Picks files for the forms screens (a workbook to import, a file for an image, audio or file
 * question). A separate seam from the shell's dialogs so tests can script the choice.
 */
public interface AttachmentChooser {

    /** An XLSForm workbook (.xlsx, .xls, .csv, .md); empty when cancelled. */
    Optional<Path> chooseWorkbook();

    /** A file for a question of the given type; empty when cancelled. */
    Optional<Path> chooseAttachment(PromptType type);
}
