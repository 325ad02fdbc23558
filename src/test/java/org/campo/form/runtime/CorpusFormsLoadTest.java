package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.campo.common.CampoException;
import org.junit.jupiter.api.Test;

/**
 * Every XForm in JavaRosa's and Collect's test suites loads and starts, except the deliberately
 * broken ones listed with their reason in {@code xforms/corpus-invalid.tsv}, which must fail with
 * Campo's own error. The corpus sits beside the project (system property {@code campo.corpus});
 * without it the test is skipped.
 */
class CorpusFormsLoadTest {

    @Test
    void everyValidCorpusFormLoadsAndStarts() throws IOException {
        String corpus = System.getProperty("campo.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "javarosa")), "corpus not available");
        Map<String, String> expectedInvalid = expectedInvalid();
        Path root = Path.of(corpus, "javarosa");
        List<Path> forms;
        try (Stream<Path> files = Files.walk(root)) {
            forms = files.filter(CorpusFormsLoadTest::isXForm).sorted().collect(Collectors.toList());
        }

        Map<String, String> unexpectedFailures = new TreeMap<>();
        List<String> unexpectedSuccesses = new ArrayList<>();
        for (Path form : forms) {
            String relative = root.relativize(form).toString().replace('\\', '/');
            String failure = tryToStart(form);
            if (failure != null && !expectedInvalid.containsKey(relative)) {
                unexpectedFailures.put(relative, failure);
            } else if (failure == null && expectedInvalid.containsKey(relative)) {
                unexpectedSuccesses.add(relative);
            }
        }

        assertThat(forms).hasSizeGreaterThan(100);
        assertThat(unexpectedFailures).as("forms that should load").isEmpty();
        assertThat(unexpectedSuccesses).as("forms listed as invalid that load").isEmpty();
    }

    private static boolean isXForm(Path p) {
        String name = p.getFileName().toString();
        if (!(name.endsWith(".xml") || name.endsWith(".xhtml")) || !Files.isRegularFile(p)) {
            return false;
        }
        try {
            String head = Files.readString(p, StandardCharsets.UTF_8);
            return head.contains("http://www.w3.org/2002/xforms") && head.contains("<h:html")
                    || head.contains("<html") && head.contains("http://www.w3.org/2002/xforms");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Null when the form loads and starts; otherwise why not. */
    private static String tryToStart(Path form) {
        try {
            String xml = Files.readString(form, StandardCharsets.UTF_8);
            FormDefinition definition = new FormLoader(FormDefinitionCache.none())
                    .load(xml, FormAttachments.directory(form.getParent()));
            FormSession session = FormSession.start(definition, TestForms.CONTEXT);
            session.first();
            return null;
        } catch (CampoException e) {
            return e.getMessage();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "not a CampoException: " + e;
        }
    }

    private static Map<String, String> expectedInvalid() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TestForms.root().resolve("corpus-invalid.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                entries.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return entries;
    }
}
