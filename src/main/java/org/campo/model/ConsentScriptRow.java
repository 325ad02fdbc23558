package org.campo.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored consent text, exactly as read to participants. Texts are not secret (IRB
 * reviewers read them) and are kept in clear with their SHA-256 so a text can be proven
 * unchanged. {@code permissions} are the codes of what the text asks for.
 */
public record ConsentScriptRow(String id, String scriptKey, int version, String language, String title, String body,
                               String sha256, List<String> permissions, Instant createdAt) {
    public ConsentScriptRow {
        permissions = List.copyOf(permissions);
    }
}
