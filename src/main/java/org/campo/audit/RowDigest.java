package org.campo.audit;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.HexFormat;
import java.util.Set;
import org.campo.crypto.Hashing;
import org.campo.store.Database;

/**
 * SHA-256 over a row exactly as stored (ciphertext included), column by column. Needs no key,
 * so anyone holding the file, an IRB reviewer included, can check that sealed rows are
 * unchanged.
 */
final class RowDigest {
    /** Tables whose rows may be sealed; the name is put into SQL, so only these are accepted. */
    static final Set<String> SEALABLE = Set.of("consent_script", "consent", "withdrawal", "participant",
            "submission", "form", "member", "site");

    /**
     * Columns left out of the digest: the keyed seal of a submission's clear columns is derived
     * from columns the digest covers, and is added to older rows at unlock, which must not make
     * their audit digests stale.
     */
    private static final Set<String> DERIVED = Set.of("columns_seal");

    /**
     * Columns added to sealed tables by schema version 13 (sealed metadata): left out while
     * NULL, so a row written before them keeps its digest until the unlock that converts it
     * re-links the chain over its new form.
     */
    private static final Set<String> ADDED_WHEN_SET = Set.of("participant.code_enc", "member.name_enc",
            "consent.details_enc", "withdrawal.details_enc");

    private RowDigest() {
    }

    /** The digest, or null when the row does not exist. */
    static String of(Database db, String table, String id) {
        if (!SEALABLE.contains(table)) {
            throw new IllegalArgumentException("not a sealable table: " + table);
        }
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    ResultSetMetaData md = rs.getMetaData();
                    StringBuilder sb = new StringBuilder(table).append('|');
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        if (DERIVED.contains(md.getColumnName(i))) {
                            continue;
                        }
                        Object v = rs.getObject(i);
                        if (v == null && ADDED_WHEN_SET.contains(table + "." + md.getColumnName(i))) {
                            continue;
                        }
                        String text = v == null ? "~" : v instanceof byte[] b ? HexFormat.of().formatHex(b) : v.toString();
                        sb.append(md.getColumnName(i)).append('=').append(text.length()).append(':').append(text).append(';');
                    }
                    return Hashing.sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        });
    }
}
