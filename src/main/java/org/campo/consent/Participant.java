package org.campo.consent;

import java.time.Instant;

/** A participant as everyone with consent access may see them: a pseudonymous code, no attributes. */
public record Participant(String id, String code, Instant createdAt, boolean withdrawn) {
}
