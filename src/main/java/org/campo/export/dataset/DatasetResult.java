package org.campo.export.dataset;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param files            every file written
 * @param submissions      submissions exported
 * @param sensitiveOmitted whether sensitive fields were left out
 * @param auditHead        the audit chain head at export time (also written into the export)
 * @param unreadable       ids of stored submissions that could not be read and were left out
 */
public record DatasetResult(List<Path> files, long submissions, boolean sensitiveOmitted, String auditHead,
                            List<String> unreadable) {
    public DatasetResult {
        unreadable = List.copyOf(unreadable);
    }

    public DatasetResult(List<Path> files, long submissions, boolean sensitiveOmitted, String auditHead) {
        this(files, submissions, sensitiveOmitted, auditHead, List.of());
    }
}
