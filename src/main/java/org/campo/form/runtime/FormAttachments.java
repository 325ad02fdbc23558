package org.campo.form.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The files a form refers to as {@code jr://file/NAME} or {@code jr://file-csv/NAME}: choice lists
 * for {@code select_one_from_file}, CSVs for {@code pulldata}, media. They live in one flat
 * directory, as in ODK's {@code form-media} folder, because JavaRosa reads CSV and XML secondary
 * instances from file paths rather than streams.
 */
public final class FormAttachments {
    private static final FormAttachments NONE = new FormAttachments(null);

    private final Path directory;

    private FormAttachments(Path directory) {
        this.directory = directory;
    }

    public static FormAttachments none() {
        return NONE;
    }

    public static FormAttachments directory(Path directory) {
        return new FormAttachments(Objects.requireNonNull(directory, "directory").toAbsolutePath());
    }

    /** Where a file of that name is or would be; empty when the form has no attachment directory. */
    public Optional<Path> pathOf(String fileName) {
        if (directory == null || fileName.isBlank()) {
            return Optional.empty();
        }
        Path candidate = directory.resolve(fileName).normalize();
        // A form must not read outside its own attachments, e.g. with jr://file/../../secret.
        return candidate.startsWith(directory) ? Optional.of(candidate) : Optional.empty();
    }

    /** The attachment file if it exists. */
    public Optional<Path> existing(String fileName) {
        return pathOf(fileName).filter(Files::isRegularFile);
    }

    @Override
    public String toString() {
        return directory == null ? "no attachments" : directory.toString();
    }
}
