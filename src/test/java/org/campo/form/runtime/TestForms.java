package org.campo.form.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** Access to the XForms copied under {@code src/test/resources/xforms} (see the NOTICE there). */
final class TestForms {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T15:30:00Z"), ZoneId.of("America/Lima"));
    static final SessionContext CONTEXT = new SessionContext("campo:laptop-7", "ana", CLOCK);

    private TestForms() {
    }

    static Path root() {
        try {
            return Path.of(TestForms.class.getResource("/xforms/index.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids of the recommended forms, J01..J22. */
    static List<String> ids() {
        try {
            return Files.readAllLines(root().resolve("index.tsv")).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path formFile(String id) {
        try (var files = Files.list(root().resolve(id))) {
            return files.filter(p -> p.toString().endsWith(".xml")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String xml(String id) {
        try {
            return Files.readString(formFile(id), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormAttachments attachments(String id) {
        Path media = root().resolve(id).resolve("media");
        return Files.isDirectory(media) ? FormAttachments.directory(media) : FormAttachments.none();
    }

    static FormDefinition load(String id) {
        return new FormLoader(FormDefinitionCache.none()).load(xml(id), attachments(id));
    }
}
