package org.campo.form.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.javarosa.core.reference.InvalidReferenceException;
import org.javarosa.core.reference.Reference;
import org.javarosa.core.reference.ReferenceFactory;

/**
 * Resolves {@code jr://file/...}, {@code jr://file-csv/...} and media URIs against the
 * attachments of the form currently being parsed or run. JavaRosa's {@code ReferenceManager} is a
 * process-wide singleton, so this single factory reads the attachments from
 * {@link JavaRosaEnvironment}, which sets them for the duration of each engine call.
 */
final class AttachmentReferenceFactory implements ReferenceFactory {
    private static final List<String> PREFIXES = List.of(
            "jr://file-csv/", "jr://file/", "jr://images/", "jr://audio/", "jr://video/");

    @Override
    public boolean derives(String uri) {
        return PREFIXES.stream().anyMatch(uri::startsWith);
    }

    @Override
    public Reference derive(String uri) throws InvalidReferenceException {
        for (String prefix : PREFIXES) {
            if (uri.startsWith(prefix)) {
                String name = uri.substring(prefix.length());
                Path path = JavaRosaEnvironment.currentAttachments().pathOf(name)
                        .orElseThrow(() -> new InvalidReferenceException("No attachment for " + uri, uri));
                return new FileReference(uri, path);
            }
        }
        throw new InvalidReferenceException("Not an attachment reference: " + uri, uri);
    }

    @Override
    public Reference derive(String uri, String context) throws InvalidReferenceException {
        return derive(uri);
    }

    /** A read-only reference to one attachment file. */
    private record FileReference(String uri, Path path) implements Reference {
        @Override
        public boolean doesBinaryExist() {
            return Files.isRegularFile(path);
        }

        @Override
        public InputStream getStream() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public String getURI() {
            return uri;
        }

        @Override
        public String getLocalURI() {
            return path.toString();
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            throw new IOException("Form attachments are read-only");
        }

        @Override
        public void remove() throws IOException {
            throw new IOException("Form attachments are read-only");
        }

        @Override
        public Reference[] probeAlternativeReferences() {
            return new Reference[0];
        }
    }
}
