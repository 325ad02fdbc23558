package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.model.Source;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo qda import STUDY FILE... [--case CODE]}: .txt, .md and .docx files become sources,
 * all of them or none.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import .txt, .md or .docx files as sources.")
final class QdaImportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--case", paramLabel = "CODE", description = "The participant the texts belong to.")
    String caseCode;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    QdaImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try (OpenStudy open = unlock.unlock(env, study)) {
            for (Source s : env.context().qda(open).sources().importFiles(files, caseCode)) {
                env.out().println(Messages.get("cli.qda.imported", s.id(), s.name(), String.valueOf(s.length())));
            }
            return ExitCode.OK;
        }
    }
}
