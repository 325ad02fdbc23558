package org.campo.collect;

import java.util.List;
import org.campo.common.CampoException;
import org.campo.form.compile.CompileMessage;

/** A workbook that does not compile: carries every located error for the import screen. */
public class FormImportException extends CampoException {
    private static final long serialVersionUID = 1L;
    private final transient List<CompileMessage> errors;

    public FormImportException(String fileName, List<CompileMessage> errors) {
        super("collect.formHasErrors", fileName, errors.size(),
                errors.isEmpty() ? "" : errors.get(0).text(org.campo.common.Messages.locale()));
        this.errors = List.copyOf(errors);
    }

    public List<CompileMessage> errors() {
        return errors;
    }
}
