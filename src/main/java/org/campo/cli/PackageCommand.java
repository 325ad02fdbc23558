package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo package …}: packages that carry a laptop's work to the coordinator. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = "Send a laptop's work to the coordinator, and merge what laptops sent.",
        subcommands = {PackageExportCommand.class, PackageImportCommand.class})
final class PackageCommand {
}
