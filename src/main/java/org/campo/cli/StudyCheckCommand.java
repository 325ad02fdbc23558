package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.study.StudyFileCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study check FILE}: SQLite's integrity check and the audit chain. Like
 * {@code audit verify} it needs no passphrase (see {@link AuditVerifyCommand} for why), so a
 * file can be checked after a crash or a copy before anyone unlocks it.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the file's integrity and its audit trail; exit 1 on a problem.")
final class StudyCheckCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study file.")
    Path file;

    StudyCheckCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        StudyFileCheck.Result result = env.context().fileChecks().check(file);
        if (result.integrityProblems().isEmpty()) {
            env.out().println(Messages.get("cli.check.integrityOk"));
        } else {
            for (String problem : result.integrityProblems()) {
                env.out().println(Messages.get("cli.check.integrityProblem", problem));
            }
            env.err().println(Messages.get("cli.check.integrityBroken", file));
        }
        if (!result.complete()) {
            env.err().println(Messages.get("cli.check.incomplete", file));
        }
        for (String slot : result.damagedKeySlots()) {
            env.err().println(Messages.get("cli.check.keySlotDamaged", slot));
        }
        AuditReport.print(env, result.audit());
        return result.ok() ? ExitCode.OK : ExitCode.PROBLEM;
    }
}
