package org.campo.bench;

import org.campo.crypto.FieldCipher;

/** Encryption switched off: the baseline that shows what record encryption costs. Benchmarks only. */
final class PlainCipher implements FieldCipher {
    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        return plaintext;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        return ciphertext;
    }

    @Override
    public String keyedHash(String purpose, String value) {
        return org.campo.crypto.Hashing.sha256Hex((purpose + "|" + value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
