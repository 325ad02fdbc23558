package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentServices;
import org.campo.export.consent.IrbPackageWriter;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export irb-package STUDY -o FILE.zip}: consent scripts, consent records,
 * withdrawals, the audit chain with its verification and head hash, and a README, for an IRB
 * to check without Campo. It holds no responses, so it is written in clear.
 */
@Command(name = "irb-package", mixinStandardHelpOptions = true,
        description = "Write the IRB review package (ZIP): consent material and the verified audit chain.")
final class ExportIrbPackageCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.zip", description = "The package to write.")
    Path output;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportIrbPackageCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            ConsentLog log = env.context().consentExports(open).irbPackage(output, Messages.locale());
            env.out().println(Messages.get("cli.export.irbPackageWritten", output, log.verification().head()));
            return ExportResults.report(env, log);
        }
    }
}
