package org.campo.crypto;

/**
 * A cryptographic operation failed. {@code crypto} depends on no other Campo package, so this
 * is not a {@code CampoException}; services translate it into a sentence for users.
 */
public class CryptoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
