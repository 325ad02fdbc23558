package org.campo.study;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What can be read from a study file without its key: enough for the unlock screen.
 *
 * @param complete false when the file's creation (e.g. a demo build) never finished
 */
public record StudySummary(Path file, String id, String name, Instant createdAt, int schemaVersion,
                           List<String> userNames, boolean complete) {
}
