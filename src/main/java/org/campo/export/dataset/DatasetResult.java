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
 */
public record DatasetResult(List<Path> files, long submissions, boolean sensitiveOmitted, String auditHead) {
}
