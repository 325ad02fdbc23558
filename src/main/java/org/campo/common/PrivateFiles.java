package org.campo.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files only their owner may read (0600 where the file system has POSIX permissions): study
 * files, their WAL, exports, packages and logs. The usual umask would make them readable to every
 * account on a shared laptop.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** Creates an empty file readable and writable by its owner only; fails if it exists. */
    public static void create(Path file) throws IOException {
        if (supportsPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** Restricts an existing file to its owner, where permissions exist; quietly does nothing elsewhere. */
    public static void restrict(Path file) throws IOException {
        if (Files.exists(file) && supportsPosix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
