package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.refi.ImportPlan;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code campo import qdpx STUDY FILE.qdpx}: a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or
 * QualCoder into the study's analysis, whole or not at all, with what was left out and why.
 */
@Command(name = "qdpx", mixinStandardHelpOptions = true,
        description = "Import a REFI-QDA project (.qdpx): texts, codebook, codings with their coders, cases, memos.")
final class ImportQdpxCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Parameters(index = "1", paramLabel = "FILE.qdpx", description = "The project to import.")
    Path file;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ImportQdpxCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            ImportPlan plan = env.context().refi(open).importProject(file);
            env.out().println(Messages.get("cli.import.qdpxImported", file, plan.projectName()));
            RefiReports.print(env, plan.report());
            return ExitCode.OK;
        }
    }
}
