package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo import …}: projects from other tools into a study. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import projects from other tools into a study.",
        subcommands = {
                ImportQdpxCommand.class,
        })
final class ImportCommand {
}
