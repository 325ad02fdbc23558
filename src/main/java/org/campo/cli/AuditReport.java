package org.campo.cli;

import org.campo.audit.AuditVerification;
import org.campo.common.Messages;

/** Prints an audit verification: one line when intact, else each finding and where the chain breaks. */
final class AuditReport {
    private AuditReport() {
    }

    static void print(CliEnvironment env, AuditVerification v) {
        if (v.ok()) {
            env.out().println(Messages.get("audit.verify.ok", String.valueOf(v.entries()), v.head()));
            return;
        }
        for (AuditVerification.Problem p : v.problems()) {
            env.out().println(Messages.get(p.key(), p.args().toArray()));
        }
        env.err().println(Messages.get("audit.verify.broken", String.valueOf(v.firstBrokenSeq())));
    }
}
