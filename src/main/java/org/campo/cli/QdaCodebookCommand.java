package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo qda codebook import|export}: the codebook as REFI-QDA .qdc or XLSX. */
@Command(name = "codebook", mixinStandardHelpOptions = true, description = "Import or export the codebook (.qdc or .xlsx).",
        subcommands = {
                QdaCodebookImportCommand.class,
                QdaCodebookExportCommand.class,
        })
final class QdaCodebookCommand {
}
