package org.campo.collect;

import java.util.List;
import org.campo.form.compile.CompileMessage;
import org.campo.model.FormVersion;

/**
 * The result of importing a workbook.
 *
 * @param form          the stored version (the existing one when the same file was imported before)
 * @param alreadyPresent true when this exact workbook was already in the study
 * @param warnings      compiler warnings, located, to show the author
 */
public record ImportOutcome(FormVersion form, boolean alreadyPresent, List<CompileMessage> warnings) {
}
