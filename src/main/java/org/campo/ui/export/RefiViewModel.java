package org.campo.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.qda.refi.LineEndings;
import org.campo.qda.refi.QdpxExporter;
import org.campo.qda.refi.RefiReport;
import org.campo.qda.refi.RefiService;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * REFI-QDA projects from the Export section: the qualitative analysis out to NVivo, ATLAS.ti,
 * MAXQDA or QualCoder, and their projects in. An import is read and checked first; the user sees
 * what it adds and what it leaves out, and only a confirmation stores it. The report of the last
 * exchange is kept in {@link #reportLines()}.
 */
public final class RefiViewModel {
    private final OpenStudy study;
    private final RefiService refi;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObjectProperty<LineEndings> lineEndings = new SimpleObjectProperty<>(LineEndings.LF);
    private final BooleanProperty includeSensitive = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObservableList<String> reportLines = FXCollections.observableArrayList();

    public RefiViewModel(OpenStudy study, RefiService refi, TaskExecutor executor, DialogService dialogs) {
        this.study = study;
        this.refi = refi;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Only coordinators may opt in to sensitive attributes; for everyone else the choice is not shown. */
    public boolean canIncludeSensitive() {
        return study.can(Capability.INCLUDE_SENSITIVE);
    }

    public boolean canExport() {
        return study.can(Capability.EXPORT_DATA);
    }

    public boolean canImport() {
        return study.can(Capability.READ_RESPONSES) && study.can(Capability.COLLECT);
    }

    /** Asks where to write and exports; false when nothing was started. */
    public boolean exportProject() {
        if (running.get()) {
            return false;
        }
        Optional<Path> file = dialogs.chooseExportFile(fileName(study.record().name()) + ".qdpx", "qdpx");
        if (file.isEmpty()) {
            return false;
        }
        QdpxExporter.Options options = QdpxExporter.Options.defaults().withLineEndings(lineEndings.get())
                .withSensitive(includeSensitive.get() && canIncludeSensitive());
        return run("ui.export.refi.exporting", progress -> {
            RefiReport report = refi.exportProject(file.get(), options);
            return lines(Message.of("ui.export.refi.written", file.get()), report);
        });
    }

    /** Asks for a project, reads and checks it, then stores it if the user confirms; false when nothing started. */
    public boolean importProject() {
        if (running.get()) {
            return false;
        }
        Optional<Path> file = dialogs.chooseFileToOpen("qdpx");
        if (file.isEmpty()) {
            return false;
        }
        running.set(true);
        reportLines.clear();
        executor.submit("ui.export.refi.reading", progress -> refi.planImport(file.get()), plan -> {
            running.set(false);
            if (dialogs.confirm(Message.of("ui.export.refi.confirm", plan.projectName(), plan.sources().size(),
                    plan.codes().size(), plan.codings().size(), plan.cases().size(), plan.memos().size(),
                    plan.report().of(RefiReport.Kind.LOST).size()))) {
                run("ui.export.refi.importing", progress -> {
                    refi.apply(plan);
                    return lines(Message.of("ui.export.refi.imported", plan.projectName()), plan.report());
                });
            } else {
                reportLines.setAll(lines(Message.of("ui.export.refi.notImported"), plan.report()));
            }
        }, failure -> {
            running.set(false);
            dialogs.showError(Message.of(failure));
        });
        return true;
    }

    private boolean run(String titleKey, org.campo.common.BackgroundTask<List<String>> work) {
        running.set(true);
        reportLines.clear();
        executor.submit(titleKey, work, lines -> {
            running.set(false);
            reportLines.setAll(lines);
        }, failure -> {
            running.set(false);
            dialogs.showError(Message.of(failure));
        });
        return true;
    }

    private static List<String> lines(Message head, RefiReport report) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(head.text());
        report.of(RefiReport.Kind.CARRIED).forEach(e -> out.add(e.text()));
        report.of(RefiReport.Kind.LOST).forEach(e -> out.add("⚠ " + e.text()));
        return out;
    }

    private static String fileName(String studyName) {
        String n = studyName == null ? "" : studyName.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "campo" : n;
    }

    public ObjectProperty<LineEndings> lineEndingsProperty() {
        return lineEndings;
    }

    public BooleanProperty includeSensitiveProperty() {
        return includeSensitive;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ObservableList<String> reportLines() {
        return reportLines;
    }
}
