package org.campo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study backup STUDY -o FILE}: a consistent, verified copy of the study file (still
 * encrypted: the same passphrases and recovery key open it). Unlocking first lets the backup be
 * recorded in the audit trail and in the app's backup reminder.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a verified copy of the study (still encrypted) to FILE.")
final class StudyBackupCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the copy.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    StudyBackupCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (Files.exists(output) && !force) {
            throw new UsageException("cli.backup.exists", output);
        }
        try (OpenStudy study = unlock.unlock(env, file)) {
            study.backup(output);
        }
        env.out().println(Messages.get("cli.backup.done", output));
        return ExitCode.OK;
    }
}
