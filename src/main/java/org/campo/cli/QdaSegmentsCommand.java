package org.campo.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CaseRecord;
import org.campo.qda.QdaServices;
import org.campo.qda.Segment;
import org.campo.qda.triangulation.QuoteOptions;
import org.campo.qda.triangulation.Quotes;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo qda segments STUDY --code PATH [--where ATTR=VALUE]}: every segment of a code and
 * its sub-codes with case, group (the case's source group and city as they read in the
 * command's language, as quotes are attributed), coder, source, position and words, tab-separated.
 */
@Command(name = "segments", mixinStandardHelpOptions = true, description = "List the coded segments of a code.")
final class QdaSegmentsCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, e.g. Barreras/Salud.")
    String code;

    @Option(names = "--where", paramLabel = "ATTR=VALUE",
            description = "Only cases with this attribute value, the stored option name or its label (repeatable).")
    List<String> where = List.of();

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaSegmentsCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Map<String, String> filter = new LinkedHashMap<>();
        for (String w : where) {
            int eq = w.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("cli.qda.badWhere", w);
            }
            filter.put(w.substring(0, eq).strip(), w.substring(eq + 1).strip());
        }
        try (OpenStudy open = unlock.unlock(env, study)) {
            QdaServices qda = env.context().qda(open);
            List<Segment> segments = qda.retrieval().segments(qda.codebook().byPath(code).id(), filter);
            Map<String, CaseRecord> cases = new LinkedHashMap<>();
            qda.cases().cases().forEach(c -> cases.put(c.id(), c));
            AttributeDisplay display = qda.attributeLabels().in(Messages.locale());
            env.out().println(Messages.get("cli.qda.segmentsHeader"));
            for (Segment s : segments) {
                CaseRecord c = s.caseId() == null ? null : cases.get(s.caseId());
                String group = c == null ? "" : Quotes.attribution(c, QuoteOptions.defaults(), display);
                env.out().println(String.join("\t", s.caseCode() == null ? "-" : s.caseCode(),
                        group.isEmpty() ? "-" : QdaText.oneLine(group), s.coderName(),
                        QdaText.oneLine(s.sourceName()), Integer.toString(s.coding().start()),
                        Integer.toString(s.coding().end()), s.codePath(),
                        (s.coding().detached() ? "(!) " : "") + QdaText.oneLine(s.text())));
            }
            env.out().println(Messages.get("cli.qda.segmentsCount", segments.size()));
            return ExitCode.OK;
        }
    }
}
