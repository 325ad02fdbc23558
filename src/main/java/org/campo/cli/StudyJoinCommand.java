package org.campo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.merge.MergeService;
import org.campo.study.CreatedStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study join KIT -o LAPTOP.campo --user U}: this laptop's study, made from the
 * coordinator's kit, with its own passphrase (prompt, {@code CAMPO_PASSPHRASE} or a file) and
 * recovery key.
 */
@Command(name = "join", mixinStandardHelpOptions = true,
        description = "Create this laptop's study from a coordinator's study kit. The passphrase comes from a prompt, "
                + "CAMPO_PASSPHRASE or --passphrase-file.")
final class StudyJoinCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "KIT", description = "The study kit (.campokit).")
    Path kit;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The new study file.")
    Path output;

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER",
            description = "Your user name, as the coordinator added you.")
    String user;

    @Mixin
    PassphraseOptions passphrase = new PassphraseOptions();

    StudyJoinCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        MergeService merge = env.context().merge();
        MergeService.KitSummary summary = merge.describeKit(kit);
        char[] secret = passphrase.fresh(env, PassphraseOptions.ENV);
        CreatedStudy created;
        try {
            created = merge.join(kit, output, user, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        try {
            env.out().println(Messages.get("cli.join.done", output, summary.studyName(), summary.forms()));
            env.out().println(Messages.get("cli.kit.fingerprint", summary.keyFingerprint()));
            env.out().println();
            env.out().println(Messages.get("cli.create.recoveryHeading"));
            env.out().println();
            env.out().println("    " + new String(created.recoveryKey()));
            env.out().println();
        } finally {
            Arrays.fill(created.recoveryKey(), '\0');
            created.study().lock();
        }
        return ExitCode.OK;
    }
}
