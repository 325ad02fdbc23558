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
import org.campo.qda.ConsensusService;
import org.campo.qda.ConsensusService.Decision;
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
 * stretch where they differ, with its words in the column of the coder who coded it. The
 * consensus review goes through those stretches one by one and records the decision as a third
 * set of codings (see {@link ConsensusService}), with the figures before and after.
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
    private final Supplier<ConsensusService> consensus;
    private final ObservableList<ConsensusLine> consensusLines = FXCollections.observableArrayList();
    private final ObjectProperty<Message> consensusFigures = new SimpleObjectProperty<>();
    private QdaSnapshot snapshot;
    private Coder reviewedFirst;
    private Coder reviewedSecond;

    /** A stretch to decide in the consensus review, with the decision taken ({@code null} while open). */
    public record ConsensusLine(ConsensusService.Item item, String source, String code, String firstWords,
                                String secondWords, Decision decision) {
    }

    /** Agreement on one code (or the overall line, with {@code overall} set). */
    public record CodeLine(String code, double percent, double kappa, double alpha, boolean overall) {
    }

    /** A stretch where the two coders differ: the words sit in the column of the coder who coded them. */
    public record DifferenceLine(String source, String code, String onlyFirst, String onlySecond) {
    }

    public AgreementViewModel(Supplier<QdaSnapshot> snapshots, TaskExecutor executor) {
        this(snapshots, executor, null);
    }

    /** With the consensus review ({@code consensus} may be null where there is no study to record it in). */
    public AgreementViewModel(Supplier<QdaSnapshot> snapshots, TaskExecutor executor,
                              Supplier<ConsensusService> consensus) {
        this.snapshots = snapshots;
        this.executor = executor;
        this.consensus = consensus;
    }

    /**
     * Starts (or resumes) the consensus of the two chosen coders: the stretches they coded alike
     * go into the consensus set, and each stretch where they differ is listed to decide.
     */
    public void startConsensus() {
        if (consensus == null || first.get() == null || second.get() == null) {
            status.set(Message.of("ui.agreement.chooseCoders"));
            return;
        }
        Coder a = first.get();
        Coder b = second.get();
        executor.submit("ui.agreement.consensus.working", progress -> consensus.get().start(a.id(), b.id()),
                review -> show(a, b, review), failure -> status.set(Message.of(failure)));
    }

    /** Records the decision on one stretch of the review. */
    public void decide(ConsensusLine line, Decision decision) {
        if (line == null || reviewedFirst == null) {
            return;
        }
        Coder a = reviewedFirst;
        Coder b = reviewedSecond;
        executor.submit("ui.agreement.consensus.working",
                progress -> consensus.get().decide(a.id(), b.id(), line.item(), decision),
                review -> show(a, b, review), failure -> status.set(Message.of(failure)));
    }

    private void show(Coder a, Coder b, ConsensusService.Review review) {
        reviewedFirst = a;
        reviewedSecond = b;
        List<ConsensusLine> lines = new ArrayList<>();
        for (ConsensusService.Item i : review.items()) {
            boolean named = i.caseCode() == null || i.sourceName().startsWith(i.caseCode());
            lines.add(new ConsensusLine(i, named ? i.sourceName() : i.caseCode() + " · " + i.sourceName(),
                    i.codePath(), i.firstWords(), i.secondWords(), i.decision()));
        }
        consensusLines.setAll(lines);
        if (review.firstAfter() == null) {
            consensusFigures.set(Message.of("ui.agreement.consensus.before", a.name(), b.name(),
                    percent(review.before().percent()), number(review.before().kappa()), review.decided(),
                    review.items().size(), review.agreed()));
        } else {
            consensusFigures.set(Message.of("ui.agreement.consensus.figures", a.name(), b.name(),
                    percent(review.before().percent()), number(review.before().kappa()),
                    percent(review.firstAfter().percent()), number(review.firstAfter().kappa()),
                    percent(review.secondAfter().percent()), number(review.secondAfter().kappa()), review.decided(),
                    review.items().size(), review.agreed()));
        }
        status.set(null);
    }

    static String percent(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", d * 100);
    }

    static String number(double d) {
        return Double.isNaN(d) ? "—" : String.format(java.util.Locale.ROOT, "%.3f", d);
    }

    public ObservableList<ConsensusLine> consensusLines() {
        return consensusLines;
    }

    /** Agreement before and after, and how many stretches are decided. */
    public ObjectProperty<Message> consensusFiguresProperty() {
        return consensusFigures;
    }

    /** The coder whose version {@link Decision#FIRST} keeps (the first one of the review). */
    public Coder reviewedFirst() {
        return reviewedFirst;
    }

    public Coder reviewedSecond() {
        return reviewedSecond;
    }

    /** Whether the consensus review is offered. */
    public boolean consensusAvailable() {
        return consensus != null;
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
            status.set(Message.caught(e));
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
