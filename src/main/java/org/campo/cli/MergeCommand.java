package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.model.MergeConflict;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo merge conflicts|resolve}: two versions of one instance, and the coordinator's choice. */
@Command(name = "merge", mixinStandardHelpOptions = true, description = "List and resolve merge conflicts.",
        subcommands = {MergeCommand.Conflicts.class, MergeCommand.Resolve.class})
final class MergeCommand {

    @Command(name = "conflicts", mixinStandardHelpOptions = true,
            description = "List the instances merged in two different versions. Coordinators only.")
    static final class Conflicts implements Callable<Integer> {
        private final CliEnvironment env;

        @Parameters(index = "0", paramLabel = "STUDY", description = "The coordinator's study file.")
        Path file;

        @Mixin
        UnlockOptions unlock = new UnlockOptions();

        Conflicts(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try (OpenStudy study = unlock.unlock(env, file)) {
                List<MergeConflict> all = env.context().merge().conflicts(study);
                long open = all.stream().filter(c -> c.resolvedAt() == null).count();
                env.out().println(Messages.get("cli.merge.count", open, all.size() - open));
                for (MergeConflict c : all) {
                    env.out().println(c.resolvedAt() == null
                            ? Messages.get("cli.merge.open", c.id(), c.keptId(), c.otherId(), c.deviceId())
                            : Messages.get("cli.merge.resolved", c.id(), c.keptChoice()));
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Keep one version of a conflict; the other is deleted, tombstoned and audited.")
    static final class Resolve implements Callable<Integer> {
        private final CliEnvironment env;

        @Parameters(index = "0", paramLabel = "STUDY", description = "The coordinator's study file.")
        Path file;

        @Option(names = "--submission", required = true, paramLabel = "ID",
                description = "The conflict, or either submission in it.")
        String submission;

        @Option(names = "--keep", required = true, paramLabel = "VERSION", description = "The submission id to keep.")
        String keep;

        @Mixin
        UnlockOptions unlock = new UnlockOptions();

        Resolve(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try (OpenStudy study = unlock.unlock(env, file)) {
                env.context().merge().resolve(study, submission, keep);
            }
            env.out().println(Messages.get("cli.merge.done", keep));
            return ExitCode.OK;
        }
    }
}
