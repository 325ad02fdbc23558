package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.study.StudyFileCheck;
import org.campo.common.ProgressListener;
import org.campo.study.DeepCheck;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Option(names = "--with-key", description = "Also unlock the study and check what needs its key: that the audit "
            + "trail still reaches its sealed head (nothing cut from its end) and that every encrypted value opens "
            + "where it is stored. Coordinators and IRB reviewers.")
    boolean withKey;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

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
        if (!withKey || !result.integrityProblems().isEmpty() || !result.complete()) {
            AuditReport.print(env, result.audit());
            return result.ok() ? ExitCode.OK : ExitCode.PROBLEM;
        }
        try (OpenStudy study = unlock.unlock(env, file)) {
            DeepCheck.Result deep = DeepCheck.run(study, ProgressListener.NONE);
            AuditReport.print(env, deep.audit());
            for (DeepCheck.DamagedValue d : deep.damaged()) {
                env.out().println(DeepCheck.DRAFTS.equals(d.column()) ? Messages.get("cli.check.draftsChanged")
                        : DeepCheck.TABLES.equals(d.column()) && !"*".equals(d.rowId())
                                ? Messages.get("cli.check.rowChanged", d.table(), d.rowId())
                        : DeepCheck.TABLES.equals(d.column()) ? Messages.get("cli.check.tableChanged", d.table())
                        : Messages.get("cli.check.damagedValue", d.table(), d.rowId(), d.column()));
            }
            for (DeepCheck.DuplicateInstance d : deep.duplicates()) {
                env.out().println(Messages.get("cli.check.duplicateInstance", d.submissionId(), d.instanceId()));
            }
            if (deep.damaged().isEmpty()) {
                env.out().println(Messages.get("cli.check.valuesOk"));
            }
            return result.ok() && deep.ok() ? ExitCode.OK : ExitCode.PROBLEM;
        }
    }
}
