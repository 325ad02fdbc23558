package org.campo.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.refi.LineEndings;
import org.campo.qda.refi.QdpxExporter;
import org.campo.qda.refi.RefiReport;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export qdpx STUDY -o FILE.qdpx [--line-endings lf|crlf] [--include-sensitive]}:
 * the study's qualitative analysis as a REFI-QDA project that NVivo, ATLAS.ti, MAXQDA and
 * QualCoder open, with the list of what the format cannot carry.
 */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
        description = "Export the qualitative analysis as a REFI-QDA project (.qdpx).")
final class ExportQdpxCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.qdpx", description = "The project to write.")
    Path output;

    @Option(names = "--line-endings", paramLabel = "lf|crlf", defaultValue = "lf",
            description = "Line breaks of the text files: lf, or crlf with positions counted as NVivo and MAXQDA count them.")
    String lineEndings;

    @Option(names = "--include-sensitive", description = "Include sensitive case attributes (coordinators; audited).")
    boolean includeSensitive;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportQdpxCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LineEndings endings = switch (lineEndings.trim().toLowerCase(Locale.ROOT)) {
            case "lf" -> LineEndings.LF;
            case "crlf" -> LineEndings.CRLF;
            default -> throw new UsageException("cli.export.formatUnknown", lineEndings, "lf, crlf");
        };
        try (OpenStudy open = unlock.unlock(env, study)) {
            QdpxExporter.Options options = QdpxExporter.Options.defaults().withLineEndings(endings)
                    .withSensitive(includeSensitive);
            RefiReport report = env.context().refi(open).exportProject(output, options);
            env.out().println(Messages.get("cli.export.qdpxWritten", output));
            RefiReports.print(env, report);
            return ExitCode.OK;
        }
    }
}
