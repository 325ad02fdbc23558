package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo form …}: check, compile and import XLSForm workbooks; list a study's forms. */
@Command(name = "form", mixinStandardHelpOptions = true,
        description = "Check, compile and import XLSForms; list a study's forms.",
        subcommands = {
                FormCheckCommand.class,
                FormCompileCommand.class,
                FormImportCommand.class,
                FormListCommand.class,
        })
final class FormCommand {
}
