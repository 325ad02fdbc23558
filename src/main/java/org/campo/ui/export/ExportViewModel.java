package org.campo.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.collect.FormLibrary;
import org.campo.common.BackgroundTask;
import org.campo.common.TaskExecutor;
import org.campo.export.dataset.DatasetExporter;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.dataset.DatasetResult;
import org.campo.export.summary.SummaryExporter;
import org.campo.export.summary.SummaryOptions;
import org.campo.export.summary.SummaryResult;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The Export screen: pick a form, then write its dataset into a folder or its summary tables
 * into one file. Where to write is asked through the {@link DialogService}; the work runs on
 * the {@link TaskExecutor} (with progress and cancel), and what was written is kept in
 * {@link #outcomeProperty()} so the screen can list it. Roles are enforced again by the
 * exporters; the screen only hides the sensitive-fields choice from members who may not use it.
 */
public final class ExportViewModel {
    private final OpenStudy study;
    private final FormLibrary forms;
    private final DatasetExporter datasets;
    private final SummaryExporter summaries;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<ExportForm> formChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ExportForm> form = new SimpleObjectProperty<>();
    private final DatasetChoices dataset = new DatasetChoices();
    private final SummaryChoices summary = new SummaryChoices();
    private final ObjectProperty<ExportOutcome> outcome = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty(false);

    public ExportViewModel(OpenStudy study, FormLibrary forms, DatasetExporter datasets, SummaryExporter summaries,
                           TaskExecutor executor, DialogService dialogs) {
        this.study = study;
        this.forms = forms;
        this.datasets = datasets;
        this.summaries = summaries;
        this.executor = executor;
        this.dialogs = dialogs;
        form.addListener((obs, old, now) -> {
            summary.byVariables().clear();
            dataset.languageProperty().set(now == null ? null : now.defaultLanguage());
        });
    }

    public void load() {
        List<ExportForm> loaded = forms.forms().stream().map(f -> ExportForm.of(forms, f.form().formId())).toList();
        formChoices.setAll(loaded);
        form.set(loaded.isEmpty() ? null : loaded.get(0));
    }

    /** Only coordinators may opt in to sensitive fields; for everyone else the choice is not shown. */
    public boolean canIncludeSensitive() {
        return study.can(Capability.INCLUDE_SENSITIVE);
    }

    /** Asks for a folder and writes the dataset there; false when nothing was started. */
    public boolean exportDataset() {
        ExportForm chosen = form.get();
        if (chosen == null || running.get()) {
            return false;
        }
        Optional<Path> folder = dialogs.chooseExportFolder();
        if (folder.isEmpty()) {
            return false;
        }
        var options = dataset.toOptions(chosen.formId());
        return run("ui.export.dataset.running", progress -> {
            DatasetResult r = datasets.export(options, folder.get(), progress);
            return new ExportOutcome(r.files(), r.submissions(), r.sensitiveOmitted() && chosen.hasSensitive());
        });
    }

    /** Asks for a file and writes the summary tables into it; false when nothing was started. */
    public boolean exportSummary() {
        ExportForm chosen = form.get();
        if (chosen == null || running.get()) {
            return false;
        }
        SummaryOptions options = summary.toOptions(chosen.formId());
        String extension = options.format().name().toLowerCase(Locale.ROOT);
        Optional<Path> file = dialogs.chooseExportFile(chosen.formId() + "-summary." + extension, extension);
        if (file.isEmpty()) {
            return false;
        }
        return run("ui.export.summary.running", progress -> {
            SummaryResult r = summaries.export(options, file.get(), progress);
            return new ExportOutcome(List.of(r.file()), r.submissions(),
                    !options.includeSensitive() && chosen.hasSensitive());
        });
    }

    private boolean run(String titleKey, BackgroundTask<ExportOutcome> work) {
        running.set(true);
        outcome.set(null);
        executor.submit(titleKey, work, result -> {
            running.set(false);
            outcome.set(result);
        }, failure -> {
            running.set(false);
            dialogs.showError(Message.of(failure));
        });
        return true;
    }

    public ObservableList<ExportForm> formChoices() {
        return formChoices;
    }

    public ObjectProperty<ExportForm> formProperty() {
        return form;
    }

    public DatasetChoices dataset() {
        return dataset;
    }

    public SummaryChoices summary() {
        return summary;
    }

    public ObjectProperty<ExportOutcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The dataset formats offered, in menu order. */
    public static List<DatasetFormat> datasetFormats() {
        return List.of(DatasetFormat.values());
    }

}
