package org.campo.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.campo.common.CampoException;

/**
 * Checks where an export will be written before anything is read: an existing file or a folder
 * that already holds files is only replaced with {@code --force}, and a place Campo cannot
 * write to is named in a translated sentence (exit 1) instead of failing half-way.
 */
final class ExportTarget {
    private ExportTarget() {
    }

    /** An export into a folder (datasets): the folder may be new, or empty, or replaced with --force. */
    static void folder(Path dir, boolean force) {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new CampoException("cli.export.notAFolder", dir.toString());
        }
        if (Files.isDirectory(abs)) {
            if (!force && !isEmpty(abs)) {
                throw new CampoException("cli.export.folderNotEmpty", dir.toString());
            }
            writable(abs, dir);
        } else {
            writable(nearestExisting(abs), dir);
        }
    }

    /** An export into one file: a new file, or an existing one replaced with --force. */
    static void file(Path file, boolean force) {
        Path abs = file.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new CampoException("cli.export.isAFolder", file.toString());
        }
        if (Files.exists(abs) && !force) {
            throw new CampoException("cli.export.fileExists", file.toString());
        }
        writable(nearestExisting(abs.getParent()), file);
    }

    private static void writable(Path existing, Path asTyped) {
        if (existing == null || !Files.isWritable(existing)) {
            throw new CampoException("cli.export.notWritable", asTyped.toString());
        }
    }

    private static Path nearestExisting(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
