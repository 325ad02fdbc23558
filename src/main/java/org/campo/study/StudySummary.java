package org.campo.study;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What can be read from a study file without its key: enough for the unlock screen.
 *
 * @param userNames   the login names that can be read without the key: none once names are sealed
 *                    (schema 13), those of a file not yet converted otherwise
 * @param memberCount how many active members can unlock (have a passphrase slot)
 * @param complete    false when the file's creation (e.g. a demo build) never finished
 */
public record StudySummary(Path file, String id, String name, Instant createdAt, int schemaVersion,
                           List<String> userNames, int memberCount, boolean complete) {
}
