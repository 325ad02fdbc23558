package org.campo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.demo.DemoStudy;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo demo create FILE [--submissions N]}: a synthetic study. Unlike a real study it
 * does not prompt: without {@code --passphrase-file} or {@code CAMPO_PASSPHRASE} it uses the
 * published demo passphrase, because a demo holds no real data and must open anywhere.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a synthetic demo study.")
final class DemoCreateCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new demo study file.")
    Path file;

    @Option(names = "--submissions", paramLabel = "N", defaultValue = "" + DemoStudy.DEFAULT_SUBMISSIONS,
            description = "How many synthetic submissions to generate (default: ${DEFAULT-VALUE}).")
    int submissions;

    @Mixin
    PassphraseOptions passphrase = new PassphraseOptions();

    DemoCreateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (submissions < 0) {
            throw new UsageException("cli.demo.negative", submissions);
        }
        char[] given = passphrase.fromFileOrEnvironment(env, PassphraseOptions.ENV);
        char[] secret = given != null ? given : DemoStudy.DEFAULT_PASSPHRASE.toCharArray();
        try (OpenStudy study = DemoStudy.create(env.context(), file, secret, submissions)) {
            env.out().println(Messages.get("cli.demo.created", study.record().name(), file, DemoStudy.USER,
                    String.valueOf(study.listSites().size())));
            if (given == null) {
                env.out().println(Messages.get("cli.demo.passphrase", DemoStudy.DEFAULT_PASSPHRASE));
            } else {
                env.out().println(Messages.get("cli.demo.passphraseGiven", passphrase.passphraseFile != null
                        ? passphrase.passphraseFile.toString() : PassphraseOptions.ENV));
            }
            return ExitCode.OK;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }
}
