package org.campo.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.export.dataset.DatasetExporter;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetOptions;
import org.campo.export.dataset.DatasetResult;
import org.campo.form.runtime.FormDefinition;
import org.campo.study.OpenStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code campo export dataset STUDY --form ID --format csv|xlsx -o DIR}: the analysis dataset
 * (main table and one table per repeat, codebook, R script, manifest), as the Export screen
 * writes it. With {@code --labels} choices are written as labels in the language of the
 * messages ({@code --lang es|en}), so one option serves both. Sensitive fields stay out unless
 * {@code --include-sensitive} is given by a coordinator; the export is audited either way.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "Export a form's dataset as CSV or XLSX.")
final class ExportDatasetCommand implements Callable<Integer> {
    private final CliEnvironment env;

    @Parameters(index = "0", paramLabel = "STUDY", description = "The study file.")
    Path study;

    @Option(names = "--form", required = true, paramLabel = "ID", description = "The form id.")
    String formId;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx", description = "csv or xlsx.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "The folder to write to.")
    Path output;

    @Option(names = "--force", description = "Write even over a folder that already holds files.")
    boolean force;

    @Option(names = "--labels", description = "Write choice labels instead of choice values.")
    boolean labels;

    @Option(names = "--include-sensitive", description = "Include fields marked sensitive (coordinators; audited).")
    boolean includeSensitive;

    @Option(names = "--include-drafts", description = "Include unfinished submissions.")
    boolean includeDrafts;

    @Option(names = "--skip-damaged",
            description = "Leave out submissions whose stored values are damaged, and list them (otherwise the export stops at the first).")
    boolean skipDamaged;

    @Mixin
    UnlockOptions unlock = new UnlockOptions();

    ExportDatasetCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        DatasetFormat f = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> DatasetFormat.CSV;
            case "xlsx" -> DatasetFormat.XLSX;
            default -> throw new UsageException("cli.export.formatUnknown", format, "csv, xlsx");
        };
        ExportTarget.folder(output, force);
        try (OpenStudy open = unlock.unlock(env, study)) {
            var forms = env.context().forms(open);
            FormDefinition definition = forms.definition(forms.latest(formId));
            DatasetOptions options = new DatasetOptions(formId, f, labels, labelLanguage(definition), true,
                    includeSensitive, includeDrafts, skipDamaged);
            DatasetResult result = env.context().datasets(open).export(options, output, ProgressListener.NONE);
            env.out().println(Messages.get("cli.export.datasetWritten", result.submissions(), formId, output,
                    result.files().size()));
            for (String id : result.unreadable()) {
                env.out().println(Messages.get("cli.export.unreadable", id));
            }
            if (result.sensitiveOmitted()) {
                env.out().println(Messages.get("cli.export.sensitiveOmitted"));
            }
            return ExitCode.OK;
        }
    }

    /** The form language matching the message language ({@code "Español (es)"} for es), else the default. */
    private static String labelLanguage(FormDefinition definition) {
        String code = Messages.locale().getLanguage();
        return definition.languages().stream()
                .filter(l -> l.equalsIgnoreCase(code) || l.toLowerCase(Locale.ROOT).endsWith("(" + code + ")"))
                .findFirst().orElse(null);
    }
}
