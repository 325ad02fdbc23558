package org.campo.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The tag that stands for a member's login name in the study file: Argon2id (Bouncy Castle) of
 * the name under a per-study salt. The unlock screen needs to find a member's key slot before any
 * key exists, so the tag cannot depend on the data key; the salt makes tags differ between studies
 * and the memory-hard cost (8 MiB, two passes, some tens of milliseconds) makes each guess of a
 * name cost an attacker as much as one lookup costs Campo. Login names are short and guessable:
 * the tag keeps them from being listed, not from being confirmed by someone who guesses one.
 */
public final class NameTag {
    private static final int MEMORY_KIB = KdfParameters.MIN_MEMORY_KIB;
    private static final int ITERATIONS = 2;

    private NameTag() {
    }

    /** The tag of {@code name} (as typed, trimmed by the caller) under the study's {@code salt}, hex. */
    public static String of(String name, byte[] salt) {
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(MEMORY_KIB)
                .withIterations(ITERATIONS)
                .withParallelism(1)
                .withSalt(salt)
                .withAdditional("campo/member-name/v1".getBytes(StandardCharsets.UTF_8))
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(p);
        byte[] tag = new byte[32];
        generator.generateBytes(name.getBytes(StandardCharsets.UTF_8), tag);
        return HexFormat.of().formatHex(tag);
    }
}
