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

    public KdfParameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
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
        return Integer.parseInt(part.substring(name.length() + 1));
    }
}
