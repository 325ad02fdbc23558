package org.campo.model;

/** What a source is; decides its icon and how it is described in exports. */
public enum SourceKind {
    /** Notes typed during or after an interview that was not recorded (the usual case for sensitive topics). */
    INTERVIEW_NOTES("notes"),
    TRANSCRIPT("transcript"),
    FIELD_NOTE("fieldnote"),
    DOCUMENT("document");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    /** The stored code; never rename one. */
    public String code() {
        return code;
    }

    public static SourceKind fromCode(String code) {
        for (SourceKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind " + code);
    }
}
