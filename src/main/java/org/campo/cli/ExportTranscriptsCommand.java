package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.QdaFormat;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo export transcripts STUDY --format pdf|docx -o DIR}: one coded transcript per source. */
@Command(name = "transcripts", mixinStandardHelpOptions = true,
        description = "Write each source with its codes in the margin and its memos as endnotes (PDF or DOCX).")
final class ExportTranscriptsCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--format", required = true, paramLabel = "pdf|docx", description = "pdf or docx.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path output;

    @Option(names = "--include-sensitive", description = "Show sensitive case attributes in headers (coordinators; audited).")
    boolean includeSensitive;

    @Option(names = "--force", description = "Write even over a folder that already holds files.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportTranscriptsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        QdaFormat f = QdaFormats.parse(format, QdaFormat.PDF, QdaFormat.DOCX);
        ExportTarget.folder(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            List<Path> files = env.context().qdaExports(open).exportTranscripts(f, output, includeSensitive,
                    Messages.locale());
            env.out().println(Messages.get("cli.export.transcriptsWritten", files.size(), output));
            return ExitCode.OK;
        }
    }
}
