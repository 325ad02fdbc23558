package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo export …}: reports and packages that leave the study file. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export reports and packages from a study.",
        subcommands = {
                ExportConsentLogCommand.class,
                ExportDatasetCommand.class,
                ExportIrbPackageCommand.class,
                ExportQdpxCommand.class,
                ExportSummaryCommand.class,
                ExportMatrixCommand.class,
                ExportQuotesCommand.class,
                ExportTranscriptsCommand.class,
                ExportParticipantsCommand.class,
        })
final class ExportCommand {
}
