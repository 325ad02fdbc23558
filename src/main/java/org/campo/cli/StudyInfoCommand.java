package org.campo.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.campo.collect.FormSummary;
import org.campo.common.Messages;
import org.campo.model.Member;
import org.campo.model.Site;
import org.campo.study.OpenStudy;
import org.campo.study.StudySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code campo study info FILE}: unlocks the study, which proves the passphrase works (a
 * coordinator checks this before leaving for the field), and prints what it holds.
 */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Unlock a study and describe it.")
final class StudyInfoCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "FILE", description = "The study file.")
    Path file;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    StudyInfoCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        StudySummary summary = env.context().studies().summary(file);
        try (OpenStudy study = unlock.unlock(env, file)) {
            PrintWriter out = env.out();
            line(out, "cli.info.name", summary.name());
            line(out, "cli.info.id", summary.id());
            line(out, "cli.info.created", summary.createdAt().toString());
            line(out, "cli.info.schema", String.valueOf(summary.schemaVersion()));
            line(out, "cli.info.members", study.listMembers().stream().filter(Member::active)
                    .map(m -> m.userName() + " (" + m.role().code() + ")").collect(Collectors.joining(", ")));
            List<Site> sites = study.listSites();
            line(out, "cli.info.sites", String.valueOf(sites.size()));
            for (Site s : sites) {
                out.println("    " + s.code() + "  " + s.name()
                        + (s.retired() ? "  " + Messages.get("cli.info.siteRetired") : ""));
            }
            List<FormSummary> forms = env.context().forms(study).forms();
            line(out, "cli.info.forms", String.valueOf(forms.size()));
            FormTable.print(out, forms, "    ");
            line(out, "cli.info.submissions", Messages.get("cli.info.submissionCounts",
                    String.valueOf(forms.stream().mapToLong(FormSummary::finals).sum()),
                    String.valueOf(forms.stream().mapToLong(FormSummary::drafts).sum())));
            line(out, "cli.info.audit", Messages.get("cli.info.auditEntries",
                    String.valueOf(study.audit().size()), study.audit().head()));
            line(out, "cli.info.unlockedAs", study.actor());
            return ExitCode.OK;
        }
    }

    private static void line(PrintWriter out, String labelKey, String value) {
        String label = Messages.get(labelKey) + ":";
        out.println(String.format("%-16s %s", label, value));
    }
}
