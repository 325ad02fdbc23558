package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo qda …}: qualitative analysis of a study's texts (positions in Unicode code points, end exclusive). */
@Command(name = "qda", mixinStandardHelpOptions = true,
        description = "Qualitative analysis: sources, codebook, coding, retrieval, search and inter-coder agreement.",
        subcommands = {
                QdaImportCommand.class,
                QdaSourcesCommand.class,
                QdaCodebookCommand.class,
                QdaCodeCommand.class,
                QdaSegmentsCommand.class,
                QdaSearchCommand.class,
                QdaAgreementCommand.class,
        })
final class QdaCommand {
}
