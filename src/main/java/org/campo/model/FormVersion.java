package org.campo.model;

import java.time.Instant;

/**
 * One imported version of a form: the workbook as given and the XForm compiled from it.
 * Rows are never updated, so a submission always runs against the exact version it was
 * started with.
 */
public record FormVersion(String id, String formId, String version, String sha256, String title,
                          byte[] xlsform, String xform, Instant importedAt) {
}
