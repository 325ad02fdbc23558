package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo data …}: submissions that come from outside Campo. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Import submissions collected elsewhere; remove unreadable ones.",
        subcommands = {
                DataImportCommand.class,
                DataQuarantineCommand.class,
        })
final class DataCommand {
}
