package org.campo.crypto;

import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.subtle.PrfHmacJce;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;

/**
 * The study data key: a Tink AEAD keyset (AES-256-GCM). It exists in clear only in memory
 * while the study is unlocked; on disk it is always wrapped in a key slot. {@link #destroy()}
 * drops it when the study locks.
 */
public final class DataKey implements FieldCipher {
    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile KeysetHandle handle;
    private volatile Aead aead;
    private final java.util.Map<String, PrfHmacJce> hashKeys = new java.util.concurrent.ConcurrentHashMap<>();

    private DataKey(KeysetHandle handle) throws GeneralSecurityException {
        this.handle = handle;
        this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    public static DataKey generate() {
        try {
            return new DataKey(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("generate data key", e);
        }
    }

    /** Parses the keyset bytes that a key slot unwrapped. */
    static DataKey fromKeysetBytes(byte[] keyset) throws GeneralSecurityException {
        return new DataKey(TinkProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get()));
    }

    /** The keyset bytes, to be wrapped by a key slot and never stored in clear. */
    byte[] keysetBytes() {
        try {
            return TinkProtoKeysetFormat.serializeKeyset(requireHandle(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new CryptoException("serialize data key", e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return requireAead().encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("encrypt", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return requireAead().decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("decrypt: the value was altered or belongs to another record", e);
        }
    }

    @Override
    public String keyedHash(String purpose, String value) {
        try {
            byte[] mac = hashKeys.computeIfAbsent(purpose, this::deriveHashKey)
                    .compute(value.getBytes(StandardCharsets.UTF_8), 32);
            return java.util.HexFormat.of().formatHex(mac);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("keyed hash", e);
        }
    }

    private PrfHmacJce deriveHashKey(String purpose) {
        byte[] keyset = keysetBytes();
        byte[] macKey = null;
        try {
            macKey = Hkdf.computeHkdf("HMACSHA256", keyset, new byte[32],
                    ("campo/keyed-hash/v1|" + purpose).getBytes(StandardCharsets.UTF_8), 32);
            return new PrfHmacJce("HMACSHA256", new SecretKeySpec(macKey, "HMAC"));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("derive keyed hash key", e);
        } finally {
            java.util.Arrays.fill(keyset, (byte) 0);
            if (macKey != null) {
                java.util.Arrays.fill(macKey, (byte) 0);
            }
        }
    }

    /** Forgets the key. Java cannot wipe Tink's internal copies, but they become unreachable. */
    public void destroy() {
        aead = null;
        handle = null;
        hashKeys.clear();
    }

    public boolean isDestroyed() {
        return aead == null;
    }

    private Aead requireAead() {
        Aead a = aead;
        if (a == null) {
            throw new IllegalStateException("study is locked");
        }
        return a;
    }

    private KeysetHandle requireHandle() {
        KeysetHandle h = handle;
        if (h == null) {
            throw new IllegalStateException("study is locked");
        }
        return h;
    }
}
