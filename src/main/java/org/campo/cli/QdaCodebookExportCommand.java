package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.CodebookFiles;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo qda codebook export STUDY -o FILE.qdc|FILE.xlsx}. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the codebook to .qdc or .xlsx.")
final class QdaCodebookExportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .qdc or .xlsx to write.")
    Path output;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaCodebookExportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            var codebook = env.context().qda(open).codebook();
            CodebookFiles.write(codebook.export(), output, "Campo");
            env.out().println(Messages.get("cli.qda.codebookExported", codebook.codes().size(), output));
            return ExitCode.OK;
        }
    }
}
