package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo data …}: submissions that come from outside Campo. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Import submissions collected elsewhere.",
        subcommands = {
                DataImportCommand.class,
        })
final class DataCommand {
}
