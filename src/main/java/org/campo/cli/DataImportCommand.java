package org.campo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.campo.collect.InstanceImporter;
import org.campo.collect.InstanceImporter.InstanceFile;
import org.campo.common.Messages;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo data import STUDY --form ID INSTANCE.xml...}: XForm instances from ODK
 * Briefcase or Central become final submissions. Instances already in the study (same
 * {@code meta/instanceID}) are skipped and listed; an instance of another form stops the import
 * before anything is stored.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import XForm instances (ODK Briefcase/Central) as final submissions.")
final class DataImportCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--form", required = true, paramLabel = "ID", description = "The form id the instances belong to.")
    String formId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INSTANCE.xml", description = "Instance files.")
    List<Path> instances;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    DataImportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<InstanceFile> files = new ArrayList<>();
        for (Path p : instances) {
            files.add(InstanceFile.read(p));
        }
        try (OpenStudy open = unlock.unlock(env, study)) {
            InstanceImporter importer = env.context().instances(open);
            InstanceImporter.Result result = importer.importInstances(formId, files);
            for (String duplicate : result.duplicates()) {
                env.out().println(Messages.get("cli.data.duplicate", duplicate));
            }
            env.out().println(Messages.get("cli.data.imported", result.imported().size(), formId,
                    result.duplicates().size()));
            return ExitCode.OK;
        }
    }
}
