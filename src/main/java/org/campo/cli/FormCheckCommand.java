package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.CompileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code campo form check XLSFORM...}: every error and warning with its file, sheet, row and
 * column, in the chosen language, so a form designer can fix a workbook before a study imports
 * it (or in a CI job over a folder of forms). Exits 1 when any workbook has an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check XLSForm workbooks; exit 1 if any has an error.")
final class FormCheckCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(arity = "1..*", paramLabel = "XLSFORM", description = "Workbooks (.xlsx, .xls, .csv, .md).")
    List<Path> workbooks;

    FormCheckCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        boolean anyError = false;
        for (Path workbook : workbooks) {
            CompileResult result = env.context().workbookChecker().check(workbook);
            for (CompileMessage error : result.errors()) {
                env.out().println(Messages.get("cli.form.errorLine", workbook, error.text(Messages.locale())));
            }
            for (CompileMessage warning : result.warnings()) {
                env.out().println(Messages.get("cli.form.warningLine", workbook, warning.text(Messages.locale())));
            }
            env.out().println(Messages.get("cli.form.checkSummary", workbook, result.errors().size(),
                    result.warnings().size()));
            anyError |= !result.ok();
        }
        return anyError ? ExitCode.PROBLEM : ExitCode.OK;
    }
}
