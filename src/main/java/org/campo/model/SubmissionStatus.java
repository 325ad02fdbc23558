package org.campo.model;

import java.util.Locale;

/** Drafts are saved after every answer; final submissions passed validation. */
public enum SubmissionStatus {
    DRAFT, FINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
