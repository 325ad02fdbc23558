package org.campo.crypto;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.security.GeneralSecurityException;

/**
 * Sealing packages to the study coordinator: HPKE (RFC 9180) with X25519, HKDF-SHA256 and
 * AES-256-GCM, through Tink. A laptop holds only the coordinator's public key, so a package on a
 * lost USB stick, or the laptop itself, opens for nobody but the coordinator.
 */
public final class PackageSeal {
    static {
        try {
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final HpkeParameters PARAMETERS;

    static {
        try {
            PARAMETERS = HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.NO_PREFIX)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A coordinator's key pair as keyset bytes; the private half is stored only sealed under the data key. */
    public record KeyPair(byte[] privateKeyset, byte[] publicKeyset) {
    }

    private PackageSeal() {
    }

    public static KeyPair generate() {
        try {
            KeysetHandle priv = KeysetHandle.generateNew(PARAMETERS);
            return new KeyPair(TinkProtoKeysetFormat.serializeKeyset(priv, InsecureSecretKeyAccess.get()),
                    TinkProtoKeysetFormat.serializeKeysetWithoutSecret(priv.getPublicKeysetHandle()));
        } catch (GeneralSecurityException e) {
            throw new CryptoException("generate coordinator key pair", e);
        }
    }

    /** Seals {@code plaintext} to the public key; {@code context} (e.g. the study id) must match when opening. */
    public static byte[] seal(byte[] publicKeyset, byte[] plaintext, byte[] context) {
        try {
            KeysetHandle pub = TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset);
            return pub.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class).encrypt(plaintext, context);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("seal package", e);
        }
    }

    /**
     * Opens a sealed package.
     *
     * @throws WrongSecretException when the package was altered, is for another key or context
     */
    public static byte[] open(byte[] privateKeyset, byte[] sealed, byte[] context) throws WrongSecretException {
        KeysetHandle priv;
        try {
            priv = TinkProtoKeysetFormat.parseKeyset(privateKeyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new CryptoException("read coordinator key", e);
        }
        try {
            return priv.getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class).decrypt(sealed, context);
        } catch (GeneralSecurityException e) {
            throw new WrongSecretException();
        }
    }

    /** A short fingerprint of a public key, for people to compare aloud (kit and join print it). */
    public static String fingerprint(byte[] publicKeyset) {
        String hex = Hashing.sha256Hex(publicKeyset).substring(0, 20).toUpperCase(java.util.Locale.ROOT);
        return String.join("-", hex.substring(0, 5), hex.substring(5, 10), hex.substring(10, 15), hex.substring(15));
    }
}
