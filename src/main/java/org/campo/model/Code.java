package org.campo.model;

import java.time.Instant;

/**
 * A code of the hierarchical codebook: a theme such as "Access to health" under "Barriers".
 *
 * @param parentId  the parent code, or {@code null} for a top-level code
 * @param color     {@code #RRGGBB}
 * @param codable   whether segments may be coded with it (REFI-QDA {@code isCodable}); a pure
 *                  grouping code is not
 */
public record Code(String id, String parentId, String name, String definition, String inclusion, String exclusion,
                   String example, String color, boolean codable, Instant createdAt) {
}
