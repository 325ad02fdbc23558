package org.campo.form.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;

/** Where the shared conformance corpus and the build's report directory are. */
final class CorpusLocation {

    private CorpusLocation() {
    }

    /** The corpus named by the {@code campo.corpus} system property (set by the pom), if present. */
    static Path sharedCorpus() {
        String dir = System.getProperty("campo.corpus");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path p = Paths.get(dir);
        return Files.isDirectory(p.resolve("pyxform")) ? p : null;
    }

    /** The curated copy shipped with the tests. */
    static Path curatedCorpus() {
        try {
            return Paths.get(CorpusLocation.class.getResource("/corpus/cases.jsonl").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("curated corpus missing from test resources", e);
        }
    }

    /** {@code <build dir>/forms-conformance}, next to the compiled test classes. */
    static Path reportDirectory() {
        try {
            Path classes = Paths.get(CorpusLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent().resolve("forms-conformance");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
