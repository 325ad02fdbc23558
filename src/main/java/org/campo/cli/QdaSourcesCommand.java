package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.SourceSummary;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code campo qda sources STUDY}: id, name, case, length (code points) and codings of every source, tab-separated. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the sources of a study.")
final class QdaSourcesCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaSourcesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            List<SourceSummary> sources = env.context().qda(open).sources().list();
            env.out().println(Messages.get("cli.qda.sourcesHeader"));
            for (SourceSummary s : sources) {
                env.out().println(String.join("\t", s.id(), QdaText.oneLine(s.name()),
                        s.caseCode() == null ? "-" : s.caseCode(), Integer.toString(s.length()),
                        Integer.toString(s.codings())));
            }
            return ExitCode.OK;
        }
    }
}
