package org.campo.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence exists in every language, and every key the code names exists. A missing key
 * would show users "[some.key]" instead of a sentence, so this fails the build instead.
 */
class MessagesTest {
    private static final String KEY = "((?:" + String.join("|", Messages.BUNDLES) + ")\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)";

    /** Calls whose first string argument is a message key (after optional non-string arguments). */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("Messages\\.get\\(\\s*(?:[\\w.]+\\s*,\\s*)?\"" + KEY + "\""),
            Pattern.compile("new\\s+\\w*Exception\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"" + KEY + "\""),
            Pattern.compile("Message\\.of\\(\\s*\"" + KEY + "\""),
            Pattern.compile("I18n\\.(?:text|get)\\(\\s*\"" + KEY + "\""),
            Pattern.compile("Controls\\.\\w+\\(\\s*(?:\"[\\w-]+\"\\s*,\\s*)?\"" + KEY + "\""),
            Pattern.compile("\\.submit\\(\\s*\"" + KEY + "\""));

    /** In the UI every literal that looks like a ui key is one (section titles, task titles...). */
    private static final Pattern UI_LITERAL = Pattern.compile("\"(ui\\.[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*)\"");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndSpanish() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Properties english = load(bundle, "");
            Properties spanish = load(bundle, "_es");
            assertThat(new TreeSet<>(spanish.stringPropertyNames()))
                    .as("keys of %s_es.properties", bundle)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        }
    }

    /**
     * Bundles merge by keeping both sides' lines (.gitattributes), so a sentence reworded on two
     * branches comes back twice and the file's last line silently wins: refuse any key twice.
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_es")) {
                String resource = "/org/campo/i18n/" + bundle + suffix + ".properties";
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
                    assertThat(in).as(resource).isNotNull();
                    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    for (String line : text.split("\\R")) {
                        int eq = line.indexOf('=');
                        if (eq > 0 && !line.startsWith("#") && !line.startsWith(" ") && !line.startsWith("\t")) {
                            String key = line.substring(0, eq).trim();
                            if (!seen.add(key)) {
                                twice.add(key);
                            }
                        }
                    }
                }
                assertThat(twice).as("keys written twice in %s", resource).isEmpty();
            }
        }
    }

    @Test
    void noSentenceIsEmpty() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_es")) {
                Properties props = load(bundle, suffix);
                for (String key : props.stringPropertyNames()) {
                    assertThat(props.getProperty(key).trim()).as("%s%s: %s", bundle, suffix, key).isNotEmpty();
                }
            }
        }
    }

    /**
     * A sentence with arguments goes through {@link java.text.MessageFormat}, where a single
     * apostrophe starts quoted text and vanishes ("the form's root" printed "the forms root", and
     * could swallow the placeholders after it): there it must be written twice.
     */
    @Test
    void anApostropheInASentenceWithArgumentsIsWrittenTwice() throws IOException {
        forEachSentenceWithArguments((where, value) -> {
            String unquoted = value.replace("''", "").replace("'{'", "").replace("'}'", "");
            assertThat(unquoted).as(where).doesNotContain("'");
        });
        assertThat(Messages.get(java.util.Locale.ROOT, "refi.import.setsFromAttributes", 4))
                .endsWith("through the cases' attributes.");
    }

    /**
     * Every sentence with arguments is a valid {@link java.text.MessageFormat} pattern (a broken
     * choice, such as a # inside a nested number format, would stop a command with an unexpected
     * error when it prints), and singular and plural choices read right.
     */
    @Test
    void everySentenceWithArgumentsIsAValidPattern() throws IOException {
        forEachSentenceWithArguments((where, value) -> assertThatCode(
                () -> new java.text.MessageFormat(value, java.util.Locale.ROOT)).as(where).doesNotThrowAnyException());
        assertThat(Messages.get(java.util.Locale.ROOT, "refi.import.codings", 3, 1, 1))
                .isEqualTo("Codings: 3 by 1 coder (1 new external coder).");
        assertThat(Messages.get(java.util.Locale.ROOT, "refi.import.codings", 1234, 2, 0))
                .isEqualTo("Codings: 1234 by 2 coders (no new external coder).");
        assertThat(Messages.get(java.util.Locale.ROOT, "export.quotes.withheld", 1, 1))
                .isEqualTo("1 coded segment of 1 participant who did not allow direct quotation is left out.");
        assertThat(Messages.get(new java.util.Locale("es"), "cli.qda.searchCount", 1)).isEqualTo("1 coincidencia.");
    }

    @Test
    void everyKeyHasTheBundleOfItsFirstSegment() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                assertThat(key).as("key in %s.properties", bundle).startsWith(bundle + ".");
            }
        }
    }

    @Test
    void everyKeyNamedInTheSourcesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path source : mainSources()) {
            String text = Files.readString(source);
            for (String key : keysUsedIn(text, source.toString().replace('\\', '/').contains("/org/campo/ui/"))) {
                if (!Messages.has(key)) {
                    missing.add(key + " (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("message keys used in src/main/java but missing in the bundles").isEmpty();
    }

    @Test
    void theScannerFindsKeysInEveryKindOfUse() {
        String code = "Messages.get(\"study.a\"); Messages.get(Locale.ROOT, \"audit.b\", x);"
                + " new CampoException(\"common.c\"); new StoreException(e, \"store.d\", f);"
                + " Message.of(\"study.e\"); I18n.text(\"ui.f\"); Controls.button(\"id\", \"ui.g\", null);"
                + " executor.submit(\"ui.h\", t, s, f); var x = \"ui.prefix.\" + code;"
                + " new IllegalStateException(\"not a key\");";
        assertThat(keysUsedIn(code, true)).containsExactlyInAnyOrder(
                "study.a", "audit.b", "common.c", "store.d", "study.e", "ui.f", "ui.g", "ui.h");
    }

    static Set<String> keysUsedIn(String code, boolean uiSource) {
        Set<String> keys = new TreeSet<>();
        for (Pattern p : KEY_USES) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        if (uiSource) {
            Matcher m = UI_LITERAL.matcher(code);
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of("src/main/java");
        assertThat(root).isDirectory();
        try (Stream<Path> files = Files.walk(root)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).toList());
        }
    }

    /** Runs {@code check} on every sentence of every bundle, in both languages, that takes arguments. */
    private static void forEachSentenceWithArguments(java.util.function.BiConsumer<String, String> check) throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_es")) {
                Properties props = load(bundle, suffix);
                for (String key : props.stringPropertyNames()) {
                    String value = props.getProperty(key);
                    if (placeholder.matcher(value).find()) {
                        check.accept(bundle + suffix + ": " + key, value);
                    }
                }
            }
        }
    }

    private static Properties load(String bundle, String suffix) throws IOException {
        String resource = "/org/campo/i18n/" + bundle + suffix + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties props = new Properties();
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return props;
        }
    }
}
