package org.campo.crypto;

import java.security.SecureRandom;

/**
 * The recovery key shown once when a study is created, for when every passphrase is
 * forgotten. 160 random bits written as 8 groups of 5 Crockford base-32 characters
 * ({@code CAMPO-XXXXX-...}): easy to copy by hand, with no ambiguous letters (I, L, O, U).
 */
public final class RecoveryKey {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PREFIX = "CAMPO-";
    private static final int GROUPS = 8;
    private static final int GROUP_LEN = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryKey() {
    }

    public static char[] generate() {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                sb.append('-');
            }
            for (int i = 0; i < GROUP_LEN; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, sb.length(), out, 0);
        return out;
    }

    /** Whether a typed secret looks like a recovery key rather than a passphrase. */
    public static boolean looksLikeRecoveryKey(char[] secret) {
        String s = new String(normalize(secret));
        return s.startsWith(PREFIX) && s.length() == PREFIX.length() + GROUPS * GROUP_LEN + GROUPS - 1;
    }

    /**
     * Normalises what a person typed: upper case, spaces removed, and the letters that Crockford
     * base-32 reads as digits (O→0, I/L→1) mapped, so a recovery key copied by hand still works.
     */
    public static char[] normalize(char[] typed) {
        StringBuilder sb = new StringBuilder();
        for (char c : typed) {
            char u = Character.toUpperCase(c);
            if (Character.isWhitespace(u)) {
                continue;
            }
            sb.append(sb.length() >= PREFIX.length() ? crockford(u) : u);
        }
        char[] out = new char[sb.length()];
        sb.getChars(0, sb.length(), out, 0);
        return out;
    }

    private static char crockford(char c) {
        switch (c) {
            case 'O':
                return '0';
            case 'I':
            case 'L':
                return '1';
            default:
                return c;
        }
    }
}
