package org.campo.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentServices;
import org.campo.export.consent.ConsentLogPdfWriter;
import org.campo.export.consent.ConsentLogXlsxWriter;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export consent-log STUDY --format pdf|xlsx -o FILE}: the consent log for IRB
 * review. An IRB member can run it with their own passphrase. The report is written even when
 * the audit trail is broken (it says so, and flags the altered rows), and the command then
 * exits with 1 so scripts notice.
 */
@Command(name = "consent-log", mixinStandardHelpOptions = true,
        description = "Write the consent log (PDF or XLSX) with the audit verification result.")
final class ExportConsentLogCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--format", required = true, paramLabel = "pdf|xlsx", description = "pdf or xlsx.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The report to write.")
    Path output;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportConsentLogCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("pdf") && !f.equals("xlsx")) {
            throw new UsageException("cli.export.formatUnknown", format, "pdf, xlsx");
        }
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            ConsentLog log = env.context().consentExports(open).consentLog(output, f, Messages.locale());
            env.out().println(Messages.get("cli.export.consentLogWritten", output, log.entries().size()));
            return ExportResults.report(env, log);
        }
    }
}
