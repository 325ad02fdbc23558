package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.merge.MergeService;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code campo package import STUDY FILE...}: merges laptops' packages into the coordinator's study,
 * each all or nothing; a refused package is named and the others still merge.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Merge packages into the coordinator's study, each in one transaction. Coordinators only.")
final class PackageImportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The coordinator's study file.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Packages (.campopkg).")
    List<Path> packages;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    PackageImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        int refused = 0;
        try (OpenStudy study = unlock.unlock(env, file)) {
            MergeService merge = env.context().merge();
            for (Path p : packages) {
                try {
                    MergeService.ImportSummary s = merge.importPackage(study, p);
                    env.out().println(s.alreadyMerged() ? Messages.get("cli.package.already", p.getFileName())
                            : Messages.get("cli.package.merged", p.getFileName(), s.submissionsAdded(), s.duplicates(),
                            s.conflicts(), s.removedByTombstones(), s.auditHead()));
                    if (!s.sameNamedCodes().isEmpty()) {
                        env.out().println(Messages.get("cli.package.sameNamedCodes", p.getFileName(),
                                String.join(", ", s.sameNamedCodes())));
                    }
                } catch (org.campo.common.CampoException e) {
                    if (e instanceof org.campo.common.AccessDeniedException) {
                        throw e;
                    }
                    env.err().println(e.getLocalizedMessage());
                    refused++;
                }
            }
        }
        return refused == 0 ? ExitCode.OK : ExitCode.PROBLEM;
    }
}
