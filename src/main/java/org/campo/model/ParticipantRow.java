package org.campo.model;

import java.time.Instant;

/** The clear columns of a participant: a pseudonymous code, never a name. */
public record ParticipantRow(String id, String code, Instant createdAt, boolean withdrawn) {
}
