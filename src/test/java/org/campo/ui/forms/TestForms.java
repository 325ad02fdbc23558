package org.campo.ui.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The markdown XLSForms under {@code src/test/resources/forms}. */
public final class TestForms {
    public static final String BORDER_CROSSING = "border_crossing.md";
    public static final String TALLY = "tally.md";

    private TestForms() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestForms.class.getResourceAsStream("/forms/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test form " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
