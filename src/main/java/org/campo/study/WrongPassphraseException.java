package org.campo.study;

import org.campo.common.AccessDeniedException;

/** The passphrase (or recovery key) does not unlock the study for that user. */
public class WrongPassphraseException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public WrongPassphraseException(String key, Object... args) {
        super(key, args);
    }
}
