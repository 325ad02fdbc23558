package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code campo audit verify STUDY}: checks the hash chain and every sealed row, and names the
 * first broken sequence number.
 *
 * <p>It deliberately does not unlock the study, so it asks for no passphrase:
 * <ul>
 *   <li>the chain hashes and the row seals are computed over the bytes as stored (ciphertext
 *       included), so the key adds nothing to the check;</li>
 *   <li>the people who most need to verify a trail (an IRB reviewer, an auditor, a court
 *       expert handed a copy) may hold no passphrase, and should not need one;</li>
 *   <li>unlocking appends an "unlocked" entry, so verifying by unlocking would change the very
 *       trail being examined, and a wrong passphrase would add a failure entry.</li>
 * </ul>
 * Nothing confidential is revealed: audit entries never hold responses (see
 * {@link org.campo.audit.AuditEntry}).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the audit trail without unlocking; exit 1 and name the first broken entry.")
final class AuditVerifyCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    AuditVerifyCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        AuditVerification v = env.context().fileChecks().verifyAudit(study);
        AuditReport.print(env, v);
        return v.ok() ? ExitCode.OK : ExitCode.PROBLEM;
    }
}
