package org.campo.crypto;

import com.google.crypto.tink.subtle.AesGcmJce;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Wraps and unwraps the data key under a passphrase or recovery key. Each key slot has its
 * own salt and stores its own Argon2id parameters; the slot id is the associated data, so a
 * wrapped key cannot be moved to another slot.
 */
public final class KeyWrapper {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final KdfParameters params;

    public KeyWrapper(KdfParameters params) {
        this.params = params;
    }

    public WrappedKey wrap(DataKey key, char[] secret, String slotId) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] kek = PassphraseKdf.derive(secret, salt, params);
        byte[] keyset = key.keysetBytes();
        try {
            byte[] wrapped = new AesGcmJce(kek).encrypt(keyset, aad(slotId));
            return new WrappedKey(salt, params, wrapped);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("wrap data key", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            Arrays.fill(keyset, (byte) 0);
        }
    }

    public static DataKey unwrap(WrappedKey slot, char[] secret, String slotId) throws WrongSecretException {
        byte[] kek = PassphraseKdf.derive(secret, slot.salt(), slot.params());
        byte[] keyset = null;
        try {
            keyset = new AesGcmJce(kek).decrypt(slot.wrapped(), aad(slotId));
            return DataKey.fromKeysetBytes(keyset);
        } catch (GeneralSecurityException e) {
            throw new WrongSecretException();
        } finally {
            Arrays.fill(kek, (byte) 0);
            if (keyset != null) {
                Arrays.fill(keyset, (byte) 0);
            }
        }
    }

    private static byte[] aad(String slotId) {
        return ("campo/keyslot/v1|" + slotId).getBytes(StandardCharsets.UTF_8);
    }
}
