package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.QdaFormat;
import org.campo.qda.triangulation.QuoteBank;
import org.campo.qda.triangulation.QuoteOptions;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export quotes STUDY [--code PATH] --format docx|xlsx -o FILE}: quotes per code,
 * attributed by source group and city; quotes of participants who refused direct quotation are
 * left out and counted.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Write the quote bank (quotes per code, attributed by group) as DOCX or XLSX.")
final class ExportQuotesCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes (e.g. Barriers/Health).")
    String code;

    @Option(names = "--format", required = true, paramLabel = "docx|xlsx", description = "docx or xlsx.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--attribution", split = ",", paramLabel = "ATTR",
            description = "Case attributes that attribute a quote (default source_group,city).")
    List<String> attribution = new ArrayList<>(QuoteOptions.DEFAULT_ATTRIBUTION);

    @Option(names = "--with-participant-code", description = "Add the pseudonymous participant code to each attribution.")
    boolean withCode;

    @Option(names = "--include-sensitive", description = "Allow sensitive attributes in attributions (coordinators; audited).")
    boolean includeSensitive;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportQuotesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        QdaFormat f = QdaFormats.parse(format, QdaFormat.DOCX, QdaFormat.XLSX);
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            QuoteBank bank = env.context().qdaExports(open).exportQuotes(code,
                    new QuoteOptions(null, attribution, withCode, includeSensitive), f, output, Messages.locale());
            int quotes = bank.codes().stream().mapToInt(c -> c.quotes().size()).sum();
            env.out().println(Messages.get("cli.export.quotesWritten", output, quotes, bank.withheldQuotes(),
                    bank.withheldParticipants()));
            return ExitCode.OK;
        }
    }
}
