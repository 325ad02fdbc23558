package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects located errors and warnings while a form is compiled, so authors see every
 * problem at once instead of fixing them one run at a time.
 */
final class Diagnostics {
    private final String file;
    private final List<CompileMessage> errors = new ArrayList<>();
    private final List<CompileMessage> warnings = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    void error(String sheet, int row, String column, String key, Object... args) {
        errors.add(new CompileMessage(Severity.ERROR, file, sheet, row, column, key, args));
    }

    void warning(String sheet, int row, String column, String key, Object... args) {
        warnings.add(new CompileMessage(Severity.WARNING, file, sheet, row, column, key, args));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<CompileMessage> errors() {
        return errors;
    }

    List<CompileMessage> warnings() {
        return warnings;
    }
}
