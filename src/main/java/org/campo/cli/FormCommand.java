package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo form …}: check, compile and import XLSForm workbooks. */
@Command(name = "form", mixinStandardHelpOptions = true, description = "Check, compile and import XLSForms.",
        subcommands = {
                FormCheckCommand.class,
                FormCompileCommand.class,
                FormImportCommand.class,
        })
final class FormCommand {
}
