package org.campo.model;

import java.time.Instant;

/** The newest audit entry merged from one laptop (its replica id): the next package must continue from it. */
public record DeviceHead(String deviceId, long seq, String hash, Instant mergedAt) {
}
