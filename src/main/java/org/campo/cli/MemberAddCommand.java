package org.campo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study member add FILE --user U --role R}: a coordinator gives someone their own
 * key slot. The coordinator unlocks as usual ({@code --as}, {@code --passphrase-file} or
 * {@code CAMPO_PASSPHRASE}); the new member's passphrase comes from
 * {@code CAMPO_NEW_PASSPHRASE} or is typed twice, so two secrets never share one source.
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a member with their own passphrase.",
        footer = {"", "Your passphrase comes from CAMPO_PASSPHRASE (or --passphrase-file, or the prompt);",
                "the new member's from CAMPO_NEW_PASSPHRASE, or it is typed twice at the prompt."})
final class MemberAddCommand implements Callable<Integer> {
    static final String NEW_PASSPHRASE_ENV = "CAMPO_NEW_PASSPHRASE";
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study file.")
    Path file;

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER", description = "The new member's user name.")
    String user;

    @Option(names = "--role", required = true, converter = RoleConverter.class,
            paramLabel = "researcher|coordinator|irb", description = "The new member's role.")
    Role role;

    @Option(names = "--as", paramLabel = "USER",
            description = "The coordinator who adds the member (default: the only member, if there is one).")
    String actingUser;

    @Mixin
    PassphraseOptions passphrase = new PassphraseOptions();

    MemberAddCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy study = UnlockOptions.unlock(env, file, actingUser, passphrase)) {
            char[] secret = PassphraseOptions.forAnotherPerson(env, NEW_PASSPHRASE_ENV);
            try {
                Member m = study.addMember(user, role, secret);
                env.out().println(Messages.get("cli.member.added", m.userName(), m.role().code(), study.record().name()));
                return ExitCode.OK;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
    }
}
