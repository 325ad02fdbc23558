package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.model.Coding;
import org.campo.qda.QdaServices;
import org.campo.qda.TextPositions;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo qda code STUDY --source ID --start N --end N --code PATH [--coder USER]}: codes
 * [start, end) of a source, in Unicode code points from 0 (as REFI-QDA counts), end exclusive.
 */
@Command(name = "code", mixinStandardHelpOptions = true, description = "Code a segment of a source.")
final class QdaCodeCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source id (see qda sources).")
    String source;

    @Option(names = "--start", required = true, paramLabel = "N", description = "First code point, from 0.")
    int start;

    @Option(names = "--end", required = true, paramLabel = "N", description = "Code point after the last one.")
    int end;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, e.g. Barreras/Salud.")
    String code;

    @Option(names = "--coder", paramLabel = "USER", description = "The study member who codes (default: you).")
    String coder;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaCodeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            QdaServices qda = env.context().qda(open);
            String codeId = qda.codebook().byPath(code).id();
            String coderId = coder == null ? open.member().id() : qda.codings().coderId(coder);
            Coding k = qda.codings().code(source, start, end, codeId, coderId);
            String words = TextPositions.slice(qda.sources().get(source).text(), k.start(), k.end());
            env.out().println(Messages.get("cli.qda.coded", String.valueOf(k.start()), String.valueOf(k.end()), QdaText.oneLine(words),
                    qda.codebook().path(codeId), k.id()));
            return ExitCode.OK;
        }
    }
}
