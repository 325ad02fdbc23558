package org.campo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo data quarantine STUDY --submission ID [--save FILE]}: removes a stored submission
 * that cannot be read (an export lists it and leaves it out), audited and with a tombstone. With
 * {@code --save} its raw XML is first written to a new file, so nothing is lost.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true,
        description = "Remove a stored submission that cannot be read (coordinators; audited).")
final class DataQuarantineCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--submission", required = true, paramLabel = "ID", description = "The submission id an export listed.")
    String submissionId;

    @Option(names = "--save", paramLabel = "FILE", description = "Write the removed XML to this new file first.")
    Path save;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    DataQuarantineCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            env.context().submissions(open).quarantine(submissionId, xml -> {
                if (save != null) {
                    try {
                        Files.writeString(save, xml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.WRITE);
                    } catch (IOException e) {
                        throw new CampoException(e, "common.cannotWrite", save.toString());
                    }
                }
            });
            env.out().println(Messages.get("cli.data.quarantined", submissionId));
            if (save != null) {
                env.out().println(Messages.get("cli.data.quarantineSaved", save));
            }
            return ExitCode.OK;
        }
    }
}
