package org.campo.crypto;

/** The passphrase or recovery key does not open the key slot. */
public class WrongSecretException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongSecretException() {
        super("the passphrase or recovery key does not open this key slot");
    }
}
