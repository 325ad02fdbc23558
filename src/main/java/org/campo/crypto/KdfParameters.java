package org.campo.crypto;

/**
 * Argon2id cost parameters, stored beside each key slot so that costs can be raised for new
 * slots without locking anyone out of old ones.
 *
 * @param memoryKib   memory in KiB (65,536 = 64 MiB)
 * @param iterations  passes over memory (t)
 * @param parallelism lanes (p)
 */
public record KdfParameters(int memoryKib, int iterations, int parallelism) {

    /** 64 MiB, t=3, p=1: about 0.3 s on a field laptop, costly for an attacker with a GPU. */
    public static final KdfParameters DEFAULT = new KdfParameters(65_536, 3, 1);

    /** Least memory accepted: 8 MiB (tests use it; production slots use {@link #DEFAULT}). */
    public static final int MIN_MEMORY_KIB = 8_192;
    /** Most memory accepted: 1 GiB, well within a field laptop and far below what runs a JVM out of memory. */
    public static final int MAX_MEMORY_KIB = 1_048_576;
    /** Most passes accepted: 10 (about ten times the default's cost). */
    public static final int MAX_ITERATIONS = 10;
    /** Most lanes accepted. */
    public static final int MAX_PARALLELISM = 8;

    /**
     * Refuses parameters outside the documented range before anything is derived: a key slot
     * edited to {@code m=2000000000} or {@code t=2000000000} must be reported as damaged, not run
     * the machine out of memory or never return.
     */
    public KdfParameters {
        if (memoryKib < MIN_MEMORY_KIB || memoryKib > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
                || parallelism < 1 || parallelism > MAX_PARALLELISM || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2 parameters outside the accepted range");
        }
    }

    /** Compact text form stored in the study file, e.g. {@code argon2id;m=65536;t=3;p=1}. */
    public String encode() {
        return "argon2id;m=" + memoryKib + ";t=" + iterations + ";p=" + parallelism;
    }

    public static KdfParameters decode(String text) {
        String[] parts = text.split(";");
        if (parts.length != 4 || !"argon2id".equals(parts[0])) {
            throw new IllegalArgumentException("unknown key derivation: " + text);
        }
        return new KdfParameters(value(parts[1], "m"), value(parts[2], "t"), value(parts[3], "p"));
    }

    private static int value(String part, String name) {
        if (!part.startsWith(name + "=")) {
            throw new IllegalArgumentException("expected " + name + " in " + part);
        }
        try {
            return Integer.parseInt(part.substring(name.length() + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in " + part, e);
        }
    }
}
