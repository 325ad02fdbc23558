package org.campo.crypto;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Turns a passphrase into a 256-bit key-encryption key with Argon2id (Bouncy Castle). Argon2id
 * is memory-hard, so guessing the passphrase of a seized laptop's study costs an attacker
 * memory as well as time.
 */
public final class PassphraseKdf {
    public static final int KEY_BYTES = 32;

    private PassphraseKdf() {
    }

    public static byte[] derive(char[] passphrase, byte[] salt, KdfParameters params) {
        byte[] secret = utf8(passphrase);
        try {
            Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(params.memoryKib())
                    .withIterations(params.iterations())
                    .withParallelism(params.parallelism())
                    .withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(p);
            byte[] key = new byte[KEY_BYTES];
            generator.generateBytes(secret, key);
            return key;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static byte[] utf8(char[] chars) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
