package org.campo.form.compile;

/** Whether a compile message stops the form from being produced ({@link #ERROR}) or only advises. */
public enum Severity {
    ERROR, WARNING
}
