package org.campo.model;

import java.time.Instant;

/** The study row: its id and name, readable before unlocking so the user knows what they open. */
public record StudyRecord(String id, String name, Instant createdAt) {
}
