package org.campo.common;

/**
 * The current member's role does not allow the operation. Services throw it, so that a
 * role is enforced whatever screen or command asks (the CLI maps it to exit code 3).
 */
public class AccessDeniedException extends CampoException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String key, Object... args) {
        super(key, args);
    }
}
