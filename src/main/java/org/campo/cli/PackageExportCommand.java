package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.merge.MergeService;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo package export STUDY -o FILE.campopkg}: everything this laptop holds, sealed to the coordinator. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a package of this laptop's work sealed to the coordinator's key. Packages are cumulative: "
                + "each carries everything, so a lost one costs nothing and sending one twice changes nothing.")
final class PackageExportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "This laptop's study file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The package (.campopkg).")
    Path output;

    @Option(names = "--all", description = "Accepted for compatibility: every package already holds everything.")
    boolean all;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    PackageExportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy study = unlock.unlock(env, file)) {
            MergeService.ExportSummary s = env.context().merge().exportPackage(study, output);
            env.out().println(Messages.get("cli.package.written", output, s.submissions(), s.participants(),
                    s.auditEntries()));
        }
        return ExitCode.OK;
    }
}
