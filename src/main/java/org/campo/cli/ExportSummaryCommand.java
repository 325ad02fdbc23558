package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.export.summary.SummaryExporter;
import org.campo.export.summary.SummaryFormat;
import org.campo.export.summary.SummaryOptions;
import org.campo.export.summary.SummaryResult;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export summary STUDY --form ID --format xlsx|pdf -o FILE}: frequency tables,
 * cross-tabulations, number summaries and (for flow counts) daily flow, with small cells
 * suppressed. {@code --include-sensitive} is refused unless the member is a coordinator.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Write summary tables (XLSX or PDF with charts) with small cells suppressed.")
final class ExportSummaryCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--form", required = true, paramLabel = "ID", description = "The form id.")
    String form;

    @Option(names = "--format", required = true, paramLabel = "xlsx|pdf", description = "xlsx or pdf.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Option(names = "--by", split = ",", paramLabel = "VAR", description = "Cross every closed question by these variables (or site).")
    List<String> by = new ArrayList<>();

    @Option(names = "--min-cell", defaultValue = "5", paramLabel = "N", description = "Suppress counts below N (default 5).")
    int minCell;


    @Option(names = "--include-sensitive", description = "Include sensitive questions and the referral list (coordinators; audited).")
    boolean includeSensitive;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportSummaryCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        SummaryFormat f = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> SummaryFormat.XLSX;
            case "pdf" -> SummaryFormat.PDF;
            default -> throw new UsageException("cli.export.formatUnknown", format, "xlsx, pdf");
        };
        if (minCell < 1) {
            throw new UsageException("cli.export.summary.minCell", minCell);
        }
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            // The global --lang option sets the interface language; the report follows it.
            SummaryOptions options = new SummaryOptions(form, f, by, minCell, Messages.locale().getLanguage(),
                    includeSensitive);
            SummaryResult result = env.context().summaries(open).export(options, output, ProgressListener.NONE);
            env.out().println(Messages.get("cli.export.summaryWritten", output, result.submissions(), result.tables()));
            return ExitCode.OK;
        }
    }
}
