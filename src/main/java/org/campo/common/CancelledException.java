package org.campo.common;

/** Thrown by long work that stopped because the user cancelled it. Not an error to report. */
public class CancelledException extends CampoException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("common.cancelled");
    }
}
