package org.campo.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers. Rows get UUID version 7 (RFC 9562): time-ordered, so records from several
 * laptops merge without collisions and still sort by creation time, which keeps SQLite's
 * B-tree inserts local.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID uuid7() {
        return uuid7(System.currentTimeMillis());
    }

    static UUID uuid7(long epochMillis) {
        byte[] r = new byte[10];
        RANDOM.nextBytes(r);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L; // version 7
        msb |= ((r[0] & 0x0FL) << 8) | (r[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L; // IETF variant
        lsb |= ((long) (r[2] & 0x3F)) << 56;
        for (int i = 3; i < 10; i++) {
            lsb |= ((long) (r[i] & 0xFF)) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }

    public static String newId() {
        return uuid7().toString();
    }
}
