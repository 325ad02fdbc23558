package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.ParticipantTable;
import org.campo.export.qda.QdaFormat;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo export participants STUDY --by ATTR,... --format xlsx|pdf -o FILE [--min-cell 5]}. */
@Command(name = "participants", mixinStandardHelpOptions = true,
        description = "Write the participant table (cases by attributes) with small cells suppressed, as XLSX or PDF.")
final class ExportParticipantsCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--by", required = true, split = ",", paramLabel = "ATTR",
            description = "Case attributes, one block each (e.g. source_group,city,gender_identity,sexual_orientation).")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "xlsx|pdf", description = "xlsx or pdf.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--min-cell", defaultValue = "5", paramLabel = "N", description = "Suppress counts below N (default 5).")
    int minCell;

    @Option(names = "--include-sensitive", description = "Allow sensitive attributes (coordinators; audited).")
    boolean includeSensitive;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportParticipantsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        QdaFormat f = QdaFormats.parse(format, QdaFormat.XLSX, QdaFormat.PDF);
        if (minCell < 1) {
            throw new UsageException("cli.export.summary.minCell", minCell);
        }
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            ParticipantTable table = env.context().qdaExports(open).exportParticipants(by, minCell, includeSensitive,
                    f, output, Messages.locale());
            env.out().println(Messages.get("cli.export.participantsWritten", output, table.cases(),
                    table.blocks().size()));
            return ExitCode.OK;
        }
    }
}
