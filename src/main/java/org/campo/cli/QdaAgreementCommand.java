package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.CodeTree;
import org.campo.qda.agreement.AgreementFigures;
import org.campo.qda.agreement.AgreementReport;
import org.campo.qda.agreement.AgreementRow;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo qda agreement STUDY --coders A,B[,C] [--code PATH] [-o FILE.xlsx]}: one line per
 * code and an overall line with percent agreement, kappa and unitized alpha.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-coder agreement per code and overall: percent, Cohen's kappa, Krippendorff's alpha.")
final class QdaAgreementCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--coders", required = true, split = ",", paramLabel = "CODER",
            description = "Two or more coders (user names).")
    List<String> coders = new ArrayList<>();

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes.")
    String code;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", description = "Also write the full report as XLSX.")
    Path output;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaAgreementCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (output != null) {
            ExportTarget.file(output, force);
        }
        try (OpenStudy open = unlock.unlock(env, study)) {
            AgreementReport report = env.context().qdaExports(open).agreement(coders, code, output, Messages.locale());
            CodeTree tree = new CodeTree(report.codes());
            Map<String, String> names = new HashMap<>();
            report.codes().forEach(c -> names.put(c.id(), tree.path(c.id())));
            env.out().println(Messages.get("cli.qda.agreement.header", report.sources().size(),
                    report.skippedSources()));
            for (AgreementRow row : report.perCode()) {
                env.out().println(line(names.get(row.codeId()), row.figures()));
            }
            env.out().println(line(Messages.get("cli.qda.agreement.overall"), report.overall().figures()));
            if (output != null) {
                env.out().println(Messages.get("cli.qda.agreement.written", output));
            }
            return ExitCode.OK;
        }
    }

    private static String line(String label, AgreementFigures f) {
        return String.format(Locale.ROOT, "%-40s  %s %6.1f%%  kappa %6.3f  alpha %s", label,
                Messages.get("cli.qda.agreement.percent"), f.percent() * 100, f.kappa(),
                f.hasAlpha() ? String.format(Locale.ROOT, "%6.3f", f.alpha()) : "     —");
    }
}
