package org.campo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.model.Role;
import org.campo.study.CreatedStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study create FILE --name N --user U [--role R]}. The creator is a coordinator
 * by default because whoever creates a study sets it up (members, sites, forms). The
 * recovery key is printed here once and never again: it is not stored in clear anywhere.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a new encrypted study file.")
final class StudyCreateCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new study file (NAME.campo).")
    Path file;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The study's name.")
    String name;

    @Option(names = {"-u", "--user"}, required = true, paramLabel = "USER", description = "Your user name.")
    String user;

    @Option(names = "--role", defaultValue = "coordinator", converter = RoleConverter.class,
            paramLabel = "researcher|coordinator|irb", description = "Your role (default: ${DEFAULT-VALUE}).")
    Role role;

    @Mixin
    PassphraseOptions passphrase = new PassphraseOptions();

    StudyCreateCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        char[] secret = passphrase.fresh(env, PassphraseOptions.ENV);
        CreatedStudy created;
        try {
            created = env.context().studies().create(file, name, user, role, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        try {
            PrintWriter out = env.out();
            out.println(Messages.get("cli.create.done", name.trim(), file, user.trim(), role.code()));
            out.println();
            out.println(Messages.get("cli.create.recoveryHeading"));
            out.println();
            out.println("    " + new String(created.recoveryKey()));
            out.println();
            out.println(Messages.get("cli.create.recoveryWarning"));
            return ExitCode.OK;
        } finally {
            Arrays.fill(created.recoveryKey(), '\0');
            created.study().lock();
        }
    }
}
