package org.campo.cli;

import org.campo.consent.ConsentLog;

/** The verification part of a consent export's outcome: printed like {@code audit verify}, exit 1 when broken. */
final class ExportResults {
    private ExportResults() {
    }

    static int report(CliEnvironment env, ConsentLog log) {
        AuditReport.print(env, log.verification());
        return log.verification().ok() ? ExitCode.OK : ExitCode.PROBLEM;
    }
}
