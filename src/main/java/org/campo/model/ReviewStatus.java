package org.campo.model;

import java.util.Arrays;

/** Where a submission stands in review, as KoboToolbox and ODK Central offer it. */
public enum ReviewStatus {
    APPROVED("approved"),
    NEEDS_ATTENTION("needs_attention");

    private final String code;

    ReviewStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReviewStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review status " + code));
    }
}
