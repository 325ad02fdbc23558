package org.campo.store;

import org.campo.common.CampoException;

/** A failure of the study file (I/O, corruption, constraint). */
public class StoreException extends CampoException {
    private static final long serialVersionUID = 1L;

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    public StoreException(String key, Object... args) {
        super(key, args);
    }
}
