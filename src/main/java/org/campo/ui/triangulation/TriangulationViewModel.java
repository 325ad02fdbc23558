package org.campo.ui.triangulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CaseRecord;
import org.campo.qda.CodeTree;
import org.campo.model.Coding;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.qda.TextPositions;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.MatrixCell;
import org.campo.qda.triangulation.MatrixColumn;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.ThemeRow;
import org.campo.qda.triangulation.Triangulation;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.campo.ui.common.Message;

/**
 * The triangulation screen: themes by groups of cases as a heat map. Choosing one attribute (or
 * two to cross) builds the matrix in the background; selecting a cell lists its coded segments
 * and its summary, which the researcher edits and saves (kept encrypted in the study). Only
 * attributes that are not sensitive are offered: crossing by a sensitive one is an export choice
 * for coordinators. Attributes and groups read in the interface language (the labels of the
 * form options the cases store).
 */
public final class TriangulationViewModel {
    /** No second attribute. */
    public static final String NONE = "";

    private final Supplier<QdaSnapshot> snapshots;
    private final SummaryStore summaries;
    private final TaskExecutor executor;
    private final Supplier<AttributeDisplay> labels;
    private AttributeDisplay display = AttributeDisplay.STORED;
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<String> secondAttributes = FXCollections.observableArrayList();
    private final ObjectProperty<String> first = new SimpleObjectProperty<>();
    private final ObjectProperty<String> second = new SimpleObjectProperty<>(NONE);
    private final ObjectProperty<TriangulationMatrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ObservableList<SegmentLine> segments = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>();
    private QdaSnapshot snapshot;
    private CellSummaries saved = CellSummaries.NONE;

    /** Where cell summaries are kept: the study's encrypted summaries in the app. */
    public interface SummaryStore {
        CellSummaries all();

        void save(String codeId, String columnKey, String text);
    }

    /** A selected cell. */
    public record Selection(int row, int column) {
    }

    /** A coded segment of the selected cell, as the list shows it. */
    public record SegmentLine(String source, String text, String code) {
    }

    public TriangulationViewModel(Supplier<QdaSnapshot> snapshots, SummaryStore summaries, TaskExecutor executor) {
        this(snapshots, summaries, executor, () -> AttributeDisplay.STORED);
    }

    /**
     * @param labels how case attributes read in the interface language, read with the analysis
     */
    public TriangulationViewModel(Supplier<QdaSnapshot> snapshots, SummaryStore summaries, TaskExecutor executor,
                                  Supplier<AttributeDisplay> labels) {
        this.snapshots = snapshots;
        this.summaries = summaries;
        this.executor = executor;
        this.labels = labels;
        first.addListener((obs, old, now) -> rebuild());
        second.addListener((obs, old, now) -> rebuild());
    }

    /** Reads the analysis (in the background) and shows the matrix by the first attribute offered. */
    public void load() {
        loading.set(true);
        status.set(null);
        executor.submit("ui.triangulation.loading", progress -> new Loaded(snapshots.get(), summaries.all(), labels.get()),
                loaded -> {
                    loading.set(false);
                    snapshot = loaded.snapshot();
                    saved = loaded.summaries();
                    display = loaded.display();
                    List<String> names = attributeNames(snapshot);
                    attributes.setAll(names);
                    List<String> seconds = new ArrayList<>();
                    seconds.add(NONE);
                    seconds.addAll(names);
                    secondAttributes.setAll(seconds);
                    String preferred = names.contains("source_group") ? "source_group"
                            : names.isEmpty() ? null : names.get(0);
                    if (preferred != null && preferred.equals(first.get())) {
                        rebuild();
                    } else {
                        first.set(preferred);
                    }
                }, failure -> {
                    loading.set(false);
                    status.set(Message.of(failure));
                });
    }

    private record Loaded(QdaSnapshot snapshot, CellSummaries summaries, AttributeDisplay display) {
    }

    /** How an attribute reads in the interface language ("Grupo de fuente" for source_group). */
    public String attributeName(String attribute) {
        return display.name(attribute);
    }

    /** Attribute names that no case marks sensitive, in the order cases carry them. */
    static List<String> attributeNames(QdaSnapshot snapshot) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> sensitive = new LinkedHashSet<>();
        for (CaseRecord c : snapshot.cases()) {
            names.addAll(c.attributes().keySet());
            sensitive.addAll(c.sensitive());
        }
        names.removeAll(sensitive);
        return new ArrayList<>(names);
    }

    private void rebuild() {
        selection.set(null);
        segments.clear();
        summary.set("");
        if (snapshot == null || first.get() == null) {
            matrix.set(null);
            return;
        }
        List<String> by = new ArrayList<>();
        by.add(first.get());
        if (second.get() != null && !second.get().isEmpty() && !second.get().equals(first.get())) {
            by.add(second.get());
        }
        try {
            matrix.set(new Triangulation(display).matrix(snapshot, new MatrixRequest(by, false)));
            status.set(null);
        } catch (RuntimeException e) {
            matrix.set(null);
            status.set(Message.caught(e));
        }
    }

    /** Selects a cell: lists its segments and shows its summary. */
    public void select(int row, int column) {
        TriangulationMatrix m = matrix.get();
        if (m == null || row < 0 || row >= m.rows().size() || column < 0 || column >= m.columns().size()) {
            return;
        }
        ThemeRow theme = m.rows().get(row);
        MatrixCell cell = theme.cells().get(column);
        Map<String, Source> sources = new HashMap<>();
        snapshot.sources().forEach(s -> sources.put(s.id(), s));
        CodeTree tree = new CodeTree(snapshot.codes());
        List<SegmentLine> lines = new ArrayList<>();
        for (Coding c : cell.segments()) {
            Source s = sources.get(c.sourceId());
            if (s != null && c.end() <= s.length()) {
                lines.add(new SegmentLine(s.name(), TextPositions.slice(s.text(), c.start(), c.end()).strip(),
                        tree.path(c.codeId())));
            }
        }
        segments.setAll(lines);
        summary.set(saved.of(theme.code().id(), m.columns().get(column).key()));
        selection.set(new Selection(row, column));
        status.set(null);
    }

    /** Saves the summary of the selected cell (an empty text removes it). */
    public void saveSummary() {
        Selection sel = selection.get();
        TriangulationMatrix m = matrix.get();
        if (sel == null || m == null) {
            status.set(Message.of("ui.triangulation.chooseCell"));
            return;
        }
        String codeId = m.rows().get(sel.row()).code().id();
        MatrixColumn column = m.columns().get(sel.column());
        String text = summary.get() == null ? "" : summary.get();
        try {
            summaries.save(codeId, column.key(), text);
            Map<String, String> updated = new HashMap<>(saved.byCell());
            if (text.isBlank()) {
                updated.remove(CellSummaries.key(codeId, column.key()));
            } else {
                updated.put(CellSummaries.key(codeId, column.key()), text.strip());
            }
            saved = new CellSummaries(updated);
            status.set(Message.of("ui.triangulation.saved", m.rows().get(sel.row()).path(), column.label()));
        } catch (RuntimeException e) {
            status.set(Message.caught(e));
        }
    }

    /** The summary saved for a cell, for the view's marks. */
    public boolean hasSummary(int row, int column) {
        TriangulationMatrix m = matrix.get();
        return m != null && !saved.of(m.rows().get(row).code().id(), m.columns().get(column).key()).isBlank();
    }

    public ObservableList<String> attributes() {
        return attributes;
    }

    public ObservableList<String> secondAttributes() {
        return secondAttributes;
    }

    public ObjectProperty<String> firstAttributeProperty() {
        return first;
    }

    public ObjectProperty<String> secondAttributeProperty() {
        return second;
    }

    public ObjectProperty<TriangulationMatrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ObservableList<SegmentLine> segments() {
        return segments;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Message> statusProperty() {
        return status;
    }
}
