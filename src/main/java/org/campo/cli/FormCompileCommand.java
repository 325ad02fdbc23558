package org.campo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.form.compile.CompileMessage;
import org.campo.form.compile.CompileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo form compile XLSFORM -o OUT.xml}: the XForm that ODK Collect, Enketo or Central
 * would load, for forms designed in Campo but also used elsewhere. Nothing is written when the
 * workbook has errors; they are printed as {@code form check} prints them, and the exit is 1.
 */
@Command(name = "compile", mixinStandardHelpOptions = true, description = "Compile an XLSForm to an XForm.")
final class FormCompileCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "XLSFORM", description = "The workbook.")
    Path workbook;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.xml", description = "The XForm to write.")
    Path output;

    FormCompileCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        CompileResult result = env.context().workbookChecker().check(workbook);
        for (CompileMessage error : result.errors()) {
            env.out().println(Messages.get("cli.form.errorLine", workbook, error.text(Messages.locale())));
        }
        for (CompileMessage warning : result.warnings()) {
            env.out().println(Messages.get("cli.form.warningLine", workbook, warning.text(Messages.locale())));
        }
        if (!result.ok()) {
            env.out().println(Messages.get("cli.form.notCompiled", workbook, result.errors().size()));
            return ExitCode.PROBLEM;
        }
        try {
            Files.writeString(output, result.xform(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CampoException(e, "common.io", output.toString(), e.getMessage());
        }
        String version = result.version();
        env.out().println(version == null || version.isBlank()
                ? Messages.get("cli.form.compiledNoVersion", result.formId(), output)
                : Messages.get("cli.form.compiled", result.formId(), version, output));
        return ExitCode.OK;
    }
}
