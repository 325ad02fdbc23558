package org.campo.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.CodebookFiles;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code campo qda codebook import STUDY FILE.qdc|FILE.xlsx}: adds the file's codes by path; existing codes keep their codings. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a codebook from .qdc or .xlsx.")
final class QdaCodebookImportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Parameters(index = "1", paramLabel = "FILE", description = "A REFI-QDA .qdc or an .xlsx codebook.")
    Path file;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaCodebookImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        var entries = CodebookFiles.read(file);
        try (OpenStudy open = unlock.unlock(env, study)) {
            var codebook = env.context().qda(open).codebook();
            int created = codebook.importCodebook(entries);
            env.out().println(Messages.get("cli.qda.codebookImported", created, codebook.codes().size()));
            return ExitCode.OK;
        }
    }
}
