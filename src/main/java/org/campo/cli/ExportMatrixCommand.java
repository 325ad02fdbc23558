package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.export.qda.QdaFormat;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code campo export matrix STUDY --by ATTR[,ATTR] --format xlsx|docx -o FILE}. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Write the triangulation matrix (themes by groups of cases) as XLSX or DOCX, with a heat map.")
final class ExportMatrixCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--by", required = true, split = ",", paramLabel = "ATTR",
            description = "One case attribute, or two to cross (e.g. source_group,city).")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "xlsx|docx", description = "xlsx or docx.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Option(names = "--include-sensitive", description = "Allow a sensitive attribute as columns (coordinators; audited).")
    boolean includeSensitive;

    @Option(names = "--force", description = "Write even over an existing file.")
    boolean force;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportMatrixCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        QdaFormat f = QdaFormats.parse(format, QdaFormat.XLSX, QdaFormat.DOCX);
        ExportTarget.file(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            TriangulationMatrix m = env.context().qdaExports(open).exportMatrix(
                    new MatrixRequest(by, includeSensitive), f, output, Messages.locale());
            env.out().println(Messages.get("cli.export.matrixWritten", output, m.rows().size(), m.columns().size()));
            return ExitCode.OK;
        }
    }
}
