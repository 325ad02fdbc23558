package org.campo.model;

import java.time.Instant;

/** A person who can unlock the study. */
public record Member(String id, String userName, Role role, Instant createdAt, boolean active) {
}
