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

/** {@code campo study kit STUDY -o FILE.campokit}: what laptops join the study from (no response data). */
@Command(name = "kit", mixinStandardHelpOptions = true,
        description = "Write a study kit (forms, consent scripts, sites, members, codebook, the coordinator's public key) "
                + "for laptops to join from. It holds no response data. Coordinators only.")
final class StudyKitCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The coordinator's study file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The kit to write (.campokit).")
    Path output;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    StudyKitCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy study = unlock.unlock(env, file)) {
            MergeService.KitSummary kit = env.context().merge().writeKit(study, output);
            env.out().println(Messages.get("cli.kit.done", output, kit.studyName(), kit.forms(), kit.members()));
            env.out().println(Messages.get("cli.kit.fingerprint", kit.keyFingerprint()));
        }
        return ExitCode.OK;
    }
}
