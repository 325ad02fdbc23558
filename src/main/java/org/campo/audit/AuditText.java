package org.campo.audit;

import java.util.Base64;
import org.campo.crypto.CryptoException;
import org.campo.crypto.FieldCipher;
import org.campo.common.CampoException;

/**
 * The sealed form of an audit entry's actor and details: {@code enc1:} and the Base64 of the value
 * encrypted under the data key, bound to the column and the entry's sequence number. The chain
 * hashes this stored form, so it verifies without the key (IRB reviewers, {@code audit verify}),
 * while who did what can only be read with it. Values without the prefix are clear: failed
 * unlocks (written without the key: a device id and a member id) and entries of files not yet
 * converted.
 */
public final class AuditText {
    static final String PREFIX = "enc1:";

    private AuditText() {
    }

    static String seal(FieldCipher key, String column, long seq, String value) {
        if (value == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(key.sealText("audit", column, Long.toString(seq), value));
    }

    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static String open(FieldCipher key, String column, long seq, String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            return key.openText("audit", column, Long.toString(seq),
                    Base64.getDecoder().decode(stored.substring(PREFIX.length())));
        } catch (CryptoException | IllegalArgumentException e) {
            throw new CampoException(e, "audit.entryDamaged", seq, column);
        }
    }

    /** The entry with its actor and details readable (hashes unchanged: those of the stored form). */
    static AuditEntry open(FieldCipher key, AuditEntry e) {
        return new AuditEntry(e.seq(), e.at(), open(key, "actor", e.seq(), e.actor()), e.action(), e.subject(),
                e.subjectId(), e.subjectDigest(), open(key, "details", e.seq(), e.details()), e.prevHash(), e.hash());
    }
}
