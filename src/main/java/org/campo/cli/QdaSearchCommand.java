package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.SearchHit;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code campo qda search STUDY TEXT}: every place TEXT occurs, ignoring case and accents. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the sources, ignoring case and accents.")
final class QdaSearchCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Parameters(index = "1", paramLabel = "TEXT", description = "What to look for.")
    String text;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaSearchCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            List<SearchHit> hits = env.context().qda(open).retrieval().search(text);
            env.out().println(Messages.get("cli.qda.searchHeader"));
            for (SearchHit h : hits) {
                String where = h.sourceName() == null ? "" : QdaText.oneLine(h.sourceName());
                env.out().println(String.join("\t", h.sourceId() == null ? "-" : h.sourceId(),
                        h.inMemo() ? Messages.get("cli.qda.searchMemo", where) : where,
                        Integer.toString(h.start()), Integer.toString(h.end()),
                        QdaText.oneLine(h.before()) + "[" + QdaText.oneLine(h.match()) + "]" + QdaText.oneLine(h.after())));
            }
            env.out().println(Messages.get("cli.qda.searchCount", hits.size()));
            return ExitCode.OK;
        }
    }
}
