package org.campo.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Encrypts one stored value. Callers bind each value to where it lives (table, column, row id)
 * through the associated data, so a ciphertext copied into another row or column fails to
 * decrypt instead of silently showing the wrong person's answers.
 */
public interface FieldCipher {
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    byte[] decrypt(byte[] ciphertext, byte[] associatedData);

    /**
     * A keyed hash (HMAC-SHA256 under a key derived from the data key for {@code purpose}), hex:
     * lets a clear column be unique or looked up (an instanceID, a participant code) without
     * revealing the value to someone who holds the file but not the key.
     */
    String keyedHash(String purpose, String value);

    /** The associated data for a value in {@code table.column} of row {@code rowId}. */
    static byte[] associatedData(String table, String column, String rowId) {
        return ("campo/v1|" + table + "|" + column + "|" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    default byte[] seal(String table, String column, String rowId, byte[] plaintext) {
        return plaintext == null ? null : encrypt(plaintext, associatedData(table, column, rowId));
    }

    default byte[] open(String table, String column, String rowId, byte[] ciphertext) {
        return ciphertext == null ? null : decrypt(ciphertext, associatedData(table, column, rowId));
    }

    default byte[] sealText(String table, String column, String rowId, String plaintext) {
        return plaintext == null ? null : seal(table, column, rowId, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    default String openText(String table, String column, String rowId, byte[] ciphertext) {
        byte[] plain = open(table, column, rowId, ciphertext);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }
}
