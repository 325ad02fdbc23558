package org.campo.ui.forms;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.collect.FormImportException;
import org.campo.collect.FormLibrary;
import org.campo.collect.FormSummary;
import org.campo.collect.ImportOutcome;
import org.campo.collect.StartOptions;
import org.campo.collect.SubmissionService;
import org.campo.common.Messages;
import org.campo.common.TaskExecutor;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.SessionContext;
import org.campo.model.FormVersion;
import org.campo.model.SubmissionSummary;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The Forms section: the study's forms with their draft and final counts, importing a
 * workbook (with a located report of errors and warnings), previewing a form in memory, and
 * starting or reopening submissions. The filler being shown, if any, is {@link #fillerProperty()}.
 */
public final class FormsViewModel {
    private final OpenStudy study;
    private final FormLibrary library;
    private final SubmissionService submissions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<FormSummary> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<SubmissionSummary> selectedSubmissions = FXCollections.observableArrayList();
    private final ObservableList<ImportLine> importReport = FXCollections.observableArrayList();
    private final ObjectProperty<Message> importResult = new SimpleObjectProperty<>();
    private final ObjectProperty<FormFillerViewModel> filler = new SimpleObjectProperty<>();
    private InterviewStarter interviews;

    public FormsViewModel(OpenStudy study, FormLibrary library, SubmissionService submissions, TaskExecutor executor,
                          DialogService dialogs) {
        this.study = study;
        this.library = library;
        this.submissions = submissions;
        this.executor = executor;
        this.dialogs = dialogs;
        selected.addListener((obs, old, now) -> loadSubmissions());
    }

    public void load() {
        String keep = selected.get() == null ? null : selected.get().form().formId();
        List<FormSummary> all = library.forms();
        forms.setAll(all);
        selected.set(all.stream().filter(f -> f.form().formId().equals(keep)).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0)));
        loadSubmissions();
    }

    private void loadSubmissions() {
        FormSummary form = selected.get();
        if (form == null) {
            selectedSubmissions.clear();
            return;
        }
        List<SubmissionSummary> list = new java.util.ArrayList<>(submissions.listAllVersions(form.form().formId()));
        list.sort(java.util.Comparator.comparing(SubmissionSummary::updatedAt).reversed());
        selectedSubmissions.setAll(list);
    }

    /** Imports a workbook in the background; the report lists every located error and warning. */
    public void importWorkbook(Path workbook) {
        importReport.clear();
        importResult.set(null);
        executor.submit("ui.forms.task.importing", progress -> library.importWorkbook(workbook),
                this::imported, this::importFailed);
    }

    private void imported(ImportOutcome outcome) {
        Locale locale = Messages.locale();
        importReport.setAll(outcome.warnings().stream().map(m -> ImportLine.of(m, locale)).toList());
        FormVersion form = outcome.form();
        importResult.set(Message.of(outcome.alreadyPresent() ? "ui.forms.import.alreadyPresent"
                : "ui.forms.import.done", form.title(), form.version(), outcome.warnings().size()));
        load();
        forms.stream().filter(f -> f.form().formId().equals(form.formId())).findFirst().ifPresent(selected::set);
    }

    private void importFailed(Throwable failure) {
        if (failure instanceof FormImportException e) {
            Locale locale = Messages.locale();
            importReport.setAll(e.errors().stream().map(m -> ImportLine.of(m, locale)).toList());
            importResult.set(Message.of("ui.forms.import.failed", e.errors().size()));
        } else {
            importResult.set(Message.of(failure));
        }
    }

    /**
     * Starts a new submission of the selected form and opens it in the filler; an interview
     * first goes through the {@link InterviewStarter} (participant and consent).
     */
    public void startNew() {
        FormSummary form = selected.get();
        if (form == null) {
            return;
        }
        if (interviews != null && interviews.handles(form)) {
            interviews.begin(form, options -> start(form, options));
        } else {
            start(form, StartOptions.NONE);
        }
    }

    /** Selects form {@code formId} and starts a new submission of it (Home's "next survey"). */
    public void startNew(String formId) {
        forms.stream().filter(f -> f.form().formId().equals(formId)).findFirst().ifPresent(f -> {
            selected.set(f);
            startNew();
        });
    }

    private void start(FormSummary form, StartOptions options) {
        open(new SavedFilling(submissions.start(form.form().id(), options)));
    }

    /** Hook for the consent feature: who asks for participant and consent before an interview. */
    public void setInterviewStarter(InterviewStarter starter) {
        this.interviews = starter;
    }

    /** Reopens a submission where it was left (a final one is edited under audit). */
    public void resume(String submissionId) {
        open(new SavedFilling(submissions.resume(submissionId)));
    }

    /** Fills the selected form in memory only: nothing is saved and nothing is audited. */
    public void preview() {
        FormSummary form = selected.get();
        if (form == null) {
            return;
        }
        var definition = library.definition(form.form());
        var context = new SessionContext(study.deviceId(), study.member().userName(), study.clock());
        open(new PreviewFilling(FormSession.start(definition, context)));
    }

    private void open(FormFilling filling) {
        filler.set(new FormFillerViewModel(filling, dialogs));
    }

    /** Leaves the filler and shows the list with fresh counts. */
    public void closeFiller() {
        filler.set(null);
        load();
    }

    public ObservableList<FormSummary> forms() {
        return forms;
    }

    public ObjectProperty<FormSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<SubmissionSummary> submissions() {
        return selectedSubmissions;
    }

    public ObservableList<ImportLine> importReport() {
        return importReport;
    }

    public ReadOnlyObjectProperty<Message> importResultProperty() {
        return importResult;
    }

    public ReadOnlyObjectProperty<FormFillerViewModel> fillerProperty() {
        return filler;
    }
}
