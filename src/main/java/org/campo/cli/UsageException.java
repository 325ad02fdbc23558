package org.campo.cli;

import org.campo.common.CampoException;

/** A command line that parses but cannot be run as given (exit code 2), with a translated reason. */
final class UsageException extends CampoException {
    private static final long serialVersionUID = 1L;

    UsageException(String key, Object... args) {
        super(key, args);
    }
}
