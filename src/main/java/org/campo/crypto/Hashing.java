package org.campo.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for content addressing (form versions, consent texts, the audit chain). */
public final class Hashing {
    private Hashing() {
    }

    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    public static String sha256Hex(byte[]... parts) {
        return HexFormat.of().formatHex(sha256(parts));
    }
}
