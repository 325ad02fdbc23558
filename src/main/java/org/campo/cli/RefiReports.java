package org.campo.cli;

import org.campo.qda.refi.RefiReport;

/** Prints an exchange report: what was carried, then what the format or Campo could not carry. */
final class RefiReports {
    private RefiReports() {
    }

    static void print(CliEnvironment env, RefiReport report) {
        for (RefiReport.Entry e : report.of(RefiReport.Kind.CARRIED)) {
            env.out().println("  " + e.text());
        }
        for (RefiReport.Entry e : report.of(RefiReport.Kind.LOST)) {
            env.out().println("  ! " + e.text());
        }
    }
}
