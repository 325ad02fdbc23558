package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo audit …}: the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit trail of a study.",
        subcommands = {
                AuditVerifyCommand.class,
        })
final class AuditCommand {
}
