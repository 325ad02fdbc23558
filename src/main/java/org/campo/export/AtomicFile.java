package org.campo.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.campo.common.AtomicWrite;
import org.campo.common.CampoException;

/**
 * Exports' door to {@link AtomicWrite}: the same whole-or-nothing write, with a failure reported as
 * an export that could not be written.
 */
public final class AtomicFile {
    /** What to write. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) {
        try {
            AtomicWrite.write(target, content::writeTo);
        } catch (IOException e) {
            throw new CampoException(e, "export.writeFailed", target.toString(), String.valueOf(e.getMessage()));
        }
    }
}
