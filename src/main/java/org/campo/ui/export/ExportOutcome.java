package org.campo.ui.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote, as the Export screen reports it back: the files, how many submissions
 * went in, and whether sensitive fields were left out (so the user knows the files are safer to
 * share, or that they are not).
 */
public record ExportOutcome(List<Path> files, long submissions, boolean sensitiveOmitted) {
    public ExportOutcome {
        files = List.copyOf(files);
    }
}
