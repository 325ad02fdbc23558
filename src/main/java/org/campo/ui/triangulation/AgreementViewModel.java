package org.campo.ui.triangulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.model.Source;
import org.campo.qda.CodeTree;
import org.campo.qda.Coder;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.TextPositions;
import org.campo.qda.agreement.AgreementFigures;
import org.campo.qda.agreement.AgreementReport;
import org.campo.qda.agreement.AgreementRequest;
import org.campo.qda.agreement.AgreementRow;
import org.campo.qda.agreement.Difference;
import org.campo.qda.agreement.InterCoderAgreement;
import org.campo.ui.common.Message;

/**
 * Two coders side by side: agreement per code (percent, kappa, alpha) and, for discussion, every
 * stretch where they differ, with its words in the column of the coder who coded it.
 */
public final class AgreementViewModel {
    private final Supplier<QdaSnapshot> snapshots;
    private final TaskExecutor executor;
    private final ObservableList<Coder> coders = FXCollections.observableArrayList();
    private final ObjectProperty<Coder> first = new SimpleObjectProperty<>();
    private final ObjectProperty<Coder> second = new SimpleObjectProperty<>();
    private final ObservableList<CodeLine> codes = FXCollections.observableArrayList();
    private final ObservableList<DifferenceLine> differences = FXCollections.observableArrayList();
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>();
    private QdaSnapshot snapshot;

    /** Agreement on one code (or the overall line, with {@code overall} set). */
    public record CodeLine(String code, double percent, double kappa, double alpha, boolean overall) {
    }

    /** A stretch where the two coders differ: the words sit in the column of the coder who coded them. */
    public record DifferenceLine(String source, String code, String onlyFirst, String onlySecond) {
    }

    public AgreementViewModel(Supplier<QdaSnapshot> snapshots, TaskExecutor executor) {
        this.snapshots = snapshots;
        this.executor = executor;
    }

    /** Reads the analysis in the background and offers its coders. */
    public void load() {
        executor.submit("ui.triangulation.loading", progress -> snapshots.get(), s -> {
            snapshot = s;
            coders.setAll(s.coders());
            if (coders.size() >= 2) {
                first.set(coders.get(0));
                second.set(coders.get(1));
            }
        }, failure -> status.set(Message.of(failure)));
    }

    /** Compares the two chosen coders. */
    public void compare() {
        codes.clear();
        differences.clear();
        if (snapshot == null || first.get() == null || second.get() == null) {
            status.set(Message.of("ui.agreement.chooseCoders"));
            return;
        }
        try {
            AgreementReport report = new InterCoderAgreement().compute(snapshot,
                    new AgreementRequest(List.of(first.get().id(), second.get().id()), null));
            CodeTree tree = new CodeTree(snapshot.codes());
            List<CodeLine> lines = new ArrayList<>();
            for (AgreementRow row : report.perCode()) {
                lines.add(line(tree.path(row.codeId()), row.figures(), false));
            }
            lines.add(line("", report.overall().figures(), true));
            codes.setAll(lines);
            Map<String, Source> sources = new HashMap<>();
            snapshot.sources().forEach(s -> sources.put(s.id(), s));
            List<DifferenceLine> diffs = new ArrayList<>();
            for (Difference d : report.differences()) {
                Source s = sources.get(d.sourceId());
                String words = TextPositions.slice(s.text(), d.start(), d.end()).strip();
                boolean byFirst = d.coderIds().contains(first.get().id());
                diffs.add(new DifferenceLine(s.name(), tree.path(d.codeId()), byFirst ? words : "",
                        byFirst ? "" : words));
            }
            differences.setAll(diffs);
            status.set(Message.of("ui.agreement.compared", report.sources().size(), diffs.size()));
        } catch (RuntimeException e) {
            status.set(Message.of(e));
        }
    }

    private static CodeLine line(String code, AgreementFigures f, boolean overall) {
        return new CodeLine(code, f.percent(), f.kappa(), f.alpha(), overall);
    }

    public ObservableList<Coder> coders() {
        return coders;
    }

    public ObjectProperty<Coder> firstCoderProperty() {
        return first;
    }

    public ObjectProperty<Coder> secondCoderProperty() {
        return second;
    }

    public ObservableList<CodeLine> codes() {
        return codes;
    }

    public ObservableList<DifferenceLine> differences() {
        return differences;
    }

    public ObjectProperty<Message> statusProperty() {
        return status;
    }
}
