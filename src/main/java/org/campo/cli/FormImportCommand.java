package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.collect.ImportOutcome;
import org.campo.common.Messages;
import org.campo.form.compile.CompileMessage;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code campo form import STUDY XLSFORM}: adds a form version to a study, exactly as the
 * Forms screen does (same library, same audit entry). A workbook with errors is refused with
 * its first error; warnings are printed.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import an XLSForm into a study.")
final class FormImportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Parameters(index = "1", paramLabel = "XLSFORM", description = "The workbook.")
    Path workbook;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    FormImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            ImportOutcome outcome = env.context().forms(open).importWorkbook(workbook);
            for (CompileMessage warning : outcome.warnings()) {
                env.out().println(Messages.get("cli.form.warningLine", workbook, warning.text(Messages.locale())));
            }
            String key = outcome.alreadyPresent() ? "cli.form.alreadyPresent" : "cli.form.imported";
            env.out().println(Messages.get(key, outcome.form().formId(), outcome.form().version(),
                    outcome.form().title()));
            return ExitCode.OK;
        }
    }
}
