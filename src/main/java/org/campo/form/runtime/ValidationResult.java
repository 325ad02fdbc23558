package org.campo.form.runtime;

import java.util.Objects;

/**
 * The outcome of answering or validating a question. {@code ref} names the question so that a
 * failed finalization can jump to it; {@code message} is ready to show in the current language.
 */
public record ValidationResult(Status status, String ref, String message) {
    public enum Status { OK, CONSTRAINT_VIOLATED, REQUIRED_MISSING, INVALID_VALUE }

    public ValidationResult {
        Objects.requireNonNull(status, "status");
    }

    public static ValidationResult ok(String ref) {
        return new ValidationResult(Status.OK, ref, null);
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
