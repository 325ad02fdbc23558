package org.campo.export.summary;

import java.nio.file.Path;

/** What a summary export wrote: the file, how many submissions went in, the audit head it carries. */
public record SummaryResult(Path file, long submissions, int tables, boolean referralsIncluded, String auditHead) {
}
