package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code campo form list STUDY}: the forms of a study with the ids that {@code export} and
 * {@code data import} take, their newest version and title, and how many final and draft
 * submissions each holds (over all its versions).
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the forms of a study.")
final class FormListCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    FormListCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            FormTable.print(env.out(), env.context().forms(open).forms(), "");
            return ExitCode.OK;
        }
    }
}
