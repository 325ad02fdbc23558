package org.campo.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.common.TaskExecutor;
import org.campo.export.summary.PublishedTable;
import org.campo.export.summary.SummaryExporter;
import org.campo.export.summary.SummaryFormat;
import org.campo.export.summary.SummaryOptions;
import org.campo.export.summary.SummaryReport;
import org.campo.model.FormVersion;
import org.campo.ui.common.Message;

/**
 * The dashboard: the same counted and suppressed tables as a summary export
 * ({@link SummaryExporter#report}), turned into bars. Counts come only from the report, so a
 * cell hidden there can never reach a chart; the view shows such bars as "suppressed".
 */
public final class DashboardViewModel {
    private final ReportSource reports;
    private final Supplier<List<FormVersion>> formList;
    private final TaskExecutor executor;
    private final ObservableList<FormVersion> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormVersion> form = new SimpleObjectProperty<>();
    private final ObjectProperty<SummaryReport> report = new SimpleObjectProperty<>();
    private final ObservableList<String> points = FXCollections.observableArrayList();
    private final ObjectProperty<String> point = new SimpleObjectProperty<>();
    private final ObservableList<PublishedTable> questions = FXCollections.observableArrayList();
    private final ObjectProperty<PublishedTable> question = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<Message> problem = new SimpleObjectProperty<>();

    /** Where the counted and suppressed tables come from: {@link SummaryExporter#report} in the app. */
    @FunctionalInterface
    public interface ReportSource {
        SummaryReport report(SummaryOptions options, ProgressListener progress);
    }

    /**
     * @param formList the newest version of each form of the study
     * @param reports  counts a form into a suppressed report
     */
    public DashboardViewModel(Supplier<List<FormVersion>> formList, ReportSource reports, TaskExecutor executor) {
        this.formList = formList;
        this.reports = reports;
        this.executor = executor;
        form.addListener((obs, old, now) -> refresh());
    }

    /** Lists the forms and opens the flow count first, since that is what field teams check daily. */
    public void load() {
        forms.setAll(formList.get());
        form.set(forms.stream().filter(f -> f.formId().contains("count")).findFirst()
                .orElse(forms.isEmpty() ? null : forms.get(0)));
    }

    /** Counts the chosen form again (in the background). */
    public void refresh() {
        FormVersion chosen = form.get();
        if (chosen == null) {
            show(null);
            return;
        }
        loading.set(true);
        problem.set(null);
        SummaryOptions options = SummaryOptions.defaults(chosen.formId(), SummaryFormat.XLSX)
                .withLanguage(Messages.locale().getLanguage());
        executor.submit("ui.dashboard.loading", progress -> reports.report(options, progress), this::show,
                failure -> {
                    loading.set(false);
                    problem.set(Message.of(failure));
                });
    }

    private void show(SummaryReport loaded) {
        loading.set(false);
        report.set(loaded);
        List<String> codes = new ArrayList<>();
        if (loaded != null && loaded.flow() != null) {
            loaded.flow().days().forEach(d -> {
                if (!codes.contains(d.point())) {
                    codes.add(d.point());
                }
            });
        }
        points.setAll(codes);
        point.set(codes.isEmpty() ? null : codes.get(0));
        questions.setAll(loaded == null ? List.of() : loaded.frequencies());
        question.set(questions.isEmpty() ? null : questions.get(0));
    }

    /** Entries, exits and net flow of the chosen point, day by day. */
    public List<DayFlow> dailyFlow() {
        SummaryReport r = report.get();
        if (r == null || r.flow() == null || point.get() == null) {
            return List.of();
        }
        return r.flow().days().stream().filter(d -> d.point().equals(point.get())).map(DayFlow::of).toList();
    }

    /** One bar per category of the chosen question: how many submissions chose it. */
    public List<Bar> frequencies() {
        PublishedTable table = question.get();
        if (table == null) {
            return List.of();
        }
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < table.table().rows(); r++) {
            bars.add(new Bar(table.table().rowLabels().get(r), table.shows(r, 0) ? table.table().cell(r, 0) : null));
        }
        return bars;
    }

    /** The disclosure threshold the report was counted with. */
    public int minCell() {
        return report.get() == null ? SummaryOptions.DEFAULT_MIN_CELL : report.get().header().minCell();
    }

    public ObservableList<FormVersion> forms() {
        return forms;
    }

    public ObjectProperty<FormVersion> formProperty() {
        return form;
    }

    public ObjectProperty<SummaryReport> reportProperty() {
        return report;
    }

    public ObservableList<String> points() {
        return points;
    }

    public ObjectProperty<String> pointProperty() {
        return point;
    }

    public ObservableList<PublishedTable> questions() {
        return questions;
    }

    public ObjectProperty<PublishedTable> questionProperty() {
        return question;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Message> problemProperty() {
        return problem;
    }
}
