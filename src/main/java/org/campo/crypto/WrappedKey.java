package org.campo.crypto;

/**
 * The data key wrapped under a secret, as stored in a key slot row.
 *
 * @param salt    Argon2id salt (16 random bytes)
 * @param params  Argon2id costs
 * @param wrapped AES-256-GCM ciphertext of the data keyset, bound to the slot id
 */
public record WrappedKey(byte[] salt, KdfParameters params, byte[] wrapped) {
}
