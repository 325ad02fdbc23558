package org.campo.collect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.CompileResult;
import org.campo.form.compile.Severity;
import org.campo.form.compile.SourceMap;
import org.campo.form.compile.XlsFormCompiler;
import org.campo.form.runtime.FormValidator;

/**
 * The one check a workbook goes through, whether a designer runs {@code campo form check},
 * compiles it, or imports it into a study: the XLSForm compiler's checks, then the form
 * engine's ({@link FormValidator}: every expression parsed by the engine, functions and
 * references that exist, no dependency cycle, a well-formed XForm). Engine findings are located
 * back at the workbook's sheet, row and column through the compiler's {@link SourceMap}, and
 * quote the author's own expression. So check and import never disagree.
 */
public final class FormChecker {
    private final XlsFormCompiler compiler;
    private final FormValidator validator;

    public FormChecker(XlsFormCompiler compiler, FormValidator validator) {
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public CompileResult check(Path workbook) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(workbook);
        } catch (IOException e) {
            return compiler.compile(workbook);
        }
        return check(bytes, workbook.getFileName().toString());
    }

    public CompileResult check(byte[] bytes, String fileName) {
        CompileResult result = compiler.compile(new ByteArrayInputStream(bytes), fileName);
        if (!result.ok()) {
            return result;
        }
        List<CompileMessage> errors = new ArrayList<>();
        for (FormValidator.Problem p : validator.validate(result.xform())) {
            errors.add(located(fileName, result.sources(), p));
        }
        return result.withErrors(errors);
    }

    private static CompileMessage located(String fileName, SourceMap sources, FormValidator.Problem p) {
        Object[] args = p.args();
        var where = sources.locate(p.nodeset(), p.attribute());
        if (where.isPresent() && where.get().cell() != null && args.length > 0) {
            args[0] = where.get().cell();
        }
        return where.map(l -> new CompileMessage(Severity.ERROR, fileName, l.sheet(), l.row(), l.column(), p.key(),
                        args))
                .orElseGet(() -> new CompileMessage(Severity.ERROR, fileName, "", 0, "", p.key(), args));
    }
}
