package org.campo.form.compile;

import java.util.Set;

/**
 * The {@code app} parameter of image questions names an external camera app (written as the
 * upload's {@code intent}). pyxform uses it only with the plain or {@code annotate} widgets; with
 * other appearances (signature, draw, ...) the built-in widget is needed, so the parameter is
 * ignored and not validated.
 */
final class ImageApp {
    private static final Set<String> SUPPORTED_APPEARANCES = Set.of("", "annotate");

    private ImageApp() {
    }

    static boolean applies(FormElement image) {
        return SUPPORTED_APPEARANCES.contains(image.column("appearance").strip());
    }
}
