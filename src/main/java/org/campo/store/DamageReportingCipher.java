package org.campo.store;

import org.campo.crypto.CryptoException;
import org.campo.crypto.FieldCipher;

/**
 * The cipher every repository reads with: a value that does not open where it is stored
 * becomes a {@link DamagedValueException} naming its table, row and column, never a bare
 * {@link CryptoException}.
 */
final class DamageReportingCipher implements FieldCipher {
    private final FieldCipher delegate;

    DamageReportingCipher(FieldCipher delegate) {
        this.delegate = delegate;
    }

    static FieldCipher wrap(FieldCipher cipher) {
        return cipher instanceof DamageReportingCipher ? cipher : new DamageReportingCipher(cipher);
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        return delegate.encrypt(plaintext, associatedData);
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        return delegate.decrypt(ciphertext, associatedData);
    }

    @Override
    public String keyedHash(String purpose, String value) {
        return delegate.keyedHash(purpose, value);
    }

    @Override
    public byte[] open(String table, String column, String rowId, byte[] ciphertext) {
        try {
            return delegate.open(table, column, rowId, ciphertext);
        } catch (CryptoException e) {
            throw new DamagedValueException(e, table, rowId, column);
        }
    }
}
