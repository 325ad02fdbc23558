package org.campo.ui.forms;

import java.util.Locale;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.Severity;

/**
 * One line of an import report: where the problem is in the workbook and what it is, in the
 * interface language, so the author can go straight to the cell.
 */
public record ImportLine(boolean error, String sheet, int row, String column, String text) {

    static ImportLine of(CompileMessage m, Locale locale) {
        return new ImportLine(m.severity() == Severity.ERROR, m.sheet(), m.row(), m.column(),
                org.campo.common.Messages.get(locale, m.key(), m.args()));
    }
}
