package org.campo.ui.qda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.CampoException;
import org.campo.qda.AttributeDisplay;
import org.campo.common.Messages;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaServices;
import org.campo.qda.SearchHit;
import org.campo.qda.Segment;
import org.campo.model.Source;
import org.campo.qda.SourceSummary;
import org.campo.qda.TextPositions;
import org.campo.ui.common.Message;

/**
 * The coding workbench: sources grouped by a case attribute, the open source with its codings
 * as coloured runs and per-paragraph stripes, the codebook with counts and number shortcuts,
 * memos beside the text, and retrieval of a code's segments. Positions come from the text
 * control in UTF-16 units and are converted to Campo's code points here, at the edge.
 */
public final class WorkbenchViewModel {
    /** Codes reachable with the keys 1 to 9, in codebook order. */
    public static final int SHORTCUTS = 9;

    /** A line of the codebook tree. */
    public record CodeRow(Code code, String path, int depth, int count, String shortcut) {
    }

    /** A stretch of text drawn in one style: [start, end) in UTF-16 units. */
    public record Run(int start, int end, String color, int layers) {
    }

    private final QdaServices qda;
    private final ObservableList<SourceSummary> sources = FXCollections.observableArrayList();
    private final ObservableList<String> groupAttributes = FXCollections.observableArrayList();
    private final StringProperty groupBy = new SimpleStringProperty("city");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
    private final ObservableList<Coding> codings = FXCollections.observableArrayList();
    private final ObservableList<CodeRow> codes = FXCollections.observableArrayList();
    private final ObjectProperty<CodeRow> selectedCode = new SimpleObjectProperty<>();
    private final ObservableList<Memo> memos = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Message> searchSummary = new SimpleObjectProperty<>();
    private final ObjectProperty<int[]> shownHit = new SimpleObjectProperty<>();
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    private final BooleanProperty blind = new SimpleBooleanProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final ObjectProperty<CaseRecord> caseRecord = new SimpleObjectProperty<>();
    private Map<String, CaseRecord> cases = Map.of();
    /** The query whose hits are on screen, searched again when what it searched changes. */
    private String lastQuery;
    private AttributeDisplay display = AttributeDisplay.STORED;

    public WorkbenchViewModel(QdaServices qda) {
        this.qda = qda;
        blind.set(qda.isBlind());
        blind.addListener((obs, was, now) -> {
            qda.setBlind(now);
            refreshCodes();
            reopen();
        });
    }

    /** Loads sources, cases and the codebook. */
    public void load() {
        cases = new HashMap<>();
        qda.cases().cases().forEach(c -> cases.put(c.id(), c));
        display = qda.attributeLabels().in(Messages.locale());
        groupAttributes.setAll(new ArrayList<>(qda.cases().attributeValues().keySet()));
        sources.setAll(qda.sources().list());
        refreshCodes();
    }

    /** Reads the attribute labels again in the interface language (after it changed). */
    public void relabel() {
        display = qda.attributeLabels().in(Messages.locale());
    }

    /** How an attribute reads in the interface language (its title, e.g. "Grupo de fuente"). */
    public String attributeName(String attribute) {
        return display.name(attribute);
    }

    /** How a stored value of the grouping attribute reads (the form option's label); "" stays "". */
    public String groupLabel(String value) {
        return value == null || value.isEmpty() ? "" : display.value(groupBy.get(), value);
    }

    /** How a stored value of an attribute reads in the interface language. */
    public String valueLabel(String attribute, String value) {
        return display.value(attribute, value);
    }

    /**
     * The sources under each stored value of the grouping attribute (those without it last, under
     * ""); the view names each group by {@link #groupLabel}.
     */
    public Map<String, List<SourceSummary>> groupedSources() {
        Map<String, List<SourceSummary>> out = new TreeMap<>(Comparator.comparing((String s) -> s.isEmpty())
                .thenComparing(Comparator.naturalOrder()));
        for (SourceSummary s : sources) {
            CaseRecord c = s.caseId() == null ? null : cases.get(s.caseId());
            String value = c == null ? null : c.attributes().get(groupBy.get());
            out.computeIfAbsent(value == null ? "" : value, k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    public void open(String sourceId) {
        try {
            Source s = qda.sources().get(sourceId);
            source.set(s);
            caseRecord.set(s.caseId() == null ? null : cases.get(s.caseId()));
            codings.setAll(qda.codings().of(sourceId));
            memos.setAll(qda.memos().of(MemoTarget.SOURCE, sourceId));
            message.set(null);
        } catch (CampoException e) {
            message.set(Message.of(e));
        }
    }

    private void reopen() {
        if (source.get() != null) {
            open(source.get().id());
        }
    }

    private void refreshCodes() {
        Map<String, Integer> counts = qda.codebook().counts();
        List<Code> all = qda.codebook().codes();
        Map<String, Code> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<CodeRow> rows = new ArrayList<>();
        int shortcut = 1;
        for (Code c : all) {
            int depth = 0;
            StringBuilder path = new StringBuilder(c.name());
            for (Code p = byId.get(c.parentId()); p != null; p = byId.get(p.parentId())) {
                depth++;
                path.insert(0, p.name() + "/");
            }
            String key = c.codable() && shortcut <= SHORTCUTS ? Integer.toString(shortcut++) : "";
            rows.add(new CodeRow(c, path.toString(), depth, counts.getOrDefault(c.id(), 0), key));
        }
        String selected = selectedCode.get() == null ? null : selectedCode.get().code().id();
        codes.setAll(rows);
        selectedCode.set(rows.stream().filter(r -> r.code().id().equals(selected)).findFirst().orElse(null));
    }

    /** The text control's selection, in UTF-16 units. */
    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
    }

    /** Codes the selection with the code whose shortcut is {@code digit}. */
    public boolean codeWithShortcut(int digit) {
        return codes.stream().filter(r -> r.shortcut().equals(Integer.toString(digit))).findFirst()
                .map(r -> codeSelection(r.code().id())).orElseGet(() -> {
                    message.set(Message.of("ui.qda.noShortcut", digit));
                    return false;
                });
    }

    /** Codes the selection with the one code whose name or path starts with what was typed (ignoring case and accents). */
    public boolean codeWithName(String typed) {
        CodeRow row = codeNamed(typed);
        return row != null && codeSelection(row.code().id());
    }

    /** The one codable code whose name or path is, or starts with, what was typed; null (with a message) otherwise. */
    private CodeRow codeNamed(String typed) {
        String t = fold(typed == null ? "" : typed.strip());
        if (t.isEmpty()) {
            message.set(Message.of("ui.qda.chooseCode"));
            return null;
        }
        List<CodeRow> exact = codes.stream().filter(r -> r.code().codable()
                && (fold(r.code().name()).equals(t) || fold(r.path()).equals(t))).toList();
        List<CodeRow> matches = exact;
        if (matches.isEmpty()) {
            matches = codes.stream().filter(r -> r.code().codable() && fold(r.code().name()).startsWith(t)).toList();
        }
        if (matches.isEmpty()) {
            matches = codes.stream().filter(r -> r.code().codable() && fold(r.path()).startsWith(t)).toList();
        }
        if (matches.size() != 1) {
            message.set(Message.of(matches.isEmpty() ? "ui.qda.noSuchCode" : "ui.qda.ambiguousCode", typed));
            return null;
        }
        return matches.get(0);
    }

    /**
     * Searches every source's text and the memos, ignoring case and accents; the hits replace the
     * previous ones. Returns whether anything was found.
     */
    public boolean search(String query) {
        lastQuery = query;
        shownHit.set(null);
        try {
            hits.setAll(qda.retrieval().search(query));
        } catch (CampoException e) {
            hits.clear();
            searchSummary.set(null);
            message.set(Message.of(e));
            return false;
        }
        long inSources = hits.stream().filter(h -> !h.inMemo()).map(SearchHit::sourceId).distinct().count();
        long inMemos = hits.stream().filter(SearchHit::inMemo).count();
        searchSummary.set(hits.isEmpty() ? Message.of("ui.qda.search.none", query.strip())
                : Message.of("ui.qda.search.found", hits.size() - inMemos, inSources, inMemos));
        message.set(null);
        return !hits.isEmpty();
    }

    /**
     * Opens the source of a hit and shows the hit: {@link #shownHitProperty()} gets its range in
     * UTF-16 units of the text control (a hit in a memo opens the source the memo is about).
     */
    public void openHit(SearchHit hit) {
        if (hit == null) {
            return;
        }
        if (hit.sourceId() != null && !sameSource(hit.sourceId())) {
            open(hit.sourceId());
        }
        if (hit.inMemo()) {
            shownHit.set(null);
            message.set(Message.of("ui.qda.search.inMemo", hit.match()));
            return;
        }
        Source s = source.get();
        if (s == null || !s.id().equals(hit.sourceId()) || hit.end() > s.length()) {
            return;
        }
        int from = TextPositions.toUtf16(s.text(), hit.start());
        int to = TextPositions.toUtf16(s.text(), hit.end());
        select(from, to);
        shownHit.set(new int[] {from, to});
    }

    /** The hits in the open source's text, as [start, end) in UTF-16 units, to mark them. */
    public List<int[]> hitRanges() {
        Source s = source.get();
        if (s == null) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (SearchHit h : hits) {
            if (!h.inMemo() && s.id().equals(h.sourceId()) && h.end() <= s.length()) {
                out.add(new int[] {TextPositions.toUtf16(s.text(), h.start()), TextPositions.toUtf16(s.text(), h.end())});
            }
        }
        return out;
    }

    /** Codes every hit in the sources' texts with the code named (one coding per hit, each audited). */
    public boolean codeAllHits(String typedCode) {
        if (hits.stream().noneMatch(h -> !h.inMemo())) {
            message.set(Message.of("ui.qda.search.nothingToCode"));
            return false;
        }
        CodeRow row = codeNamed(typedCode);
        if (row == null) {
            return false;
        }
        try {
            List<Coding> added = qda.codings().codeAll(List.copyOf(hits), row.code().id());
            long skipped = hits.stream().filter(h -> !h.inMemo()).count() - added.size();
            if (source.get() != null) {
                codings.setAll(qda.codings().of(source.get().id()));
            }
            sources.setAll(qda.sources().list());
            refreshCodes();
            codes.stream().filter(r -> r.code().id().equals(row.code().id())).findFirst().ifPresent(selectedCode::set);
            message.set(Message.of("ui.qda.search.codedAll", added.size(), row.path(), skipped));
            return true;
        } catch (CampoException e) {
            message.set(Message.of(e));
            return false;
        }
    }

    /** Codes the current selection; an empty selection is refused with a message. */
    public boolean codeSelection(String codeId) {
        Source s = source.get();
        if (s == null || selectionEnd.get() <= selectionStart.get()) {
            message.set(Message.of("ui.qda.selectFirst"));
            return false;
        }
        int start = TextPositions.toCodePoints(s.text(), Math.min(selectionStart.get(), s.text().length()));
        int end = TextPositions.toCodePoints(s.text(), Math.min(selectionEnd.get(), s.text().length()));
        try {
            qda.codings().code(s.id(), start, end, codeId);
            codings.setAll(qda.codings().of(s.id()));
            refreshCodes();
            codes.stream().filter(r -> r.code().id().equals(codeId)).findFirst().ifPresent(selectedCode::set);
            message.set(Message.of("ui.qda.coded", qda.codebook().path(codeId)));
            return true;
        } catch (CampoException e) {
            message.set(Message.of(e));
            return false;
        }
    }

    /** Removes a coding of the open source. */
    public void uncode(String codingId) {
        qda.codings().uncode(codingId);
        codings.setAll(qda.codings().of(source.get().id()));
        refreshCodes();
    }

    /** The coding under the caret (the innermost one), if any. */
    public Coding codingAt(int utf16) {
        Source s = source.get();
        if (s == null) {
            return null;
        }
        int cp = TextPositions.toCodePoints(s.text(), Math.min(utf16, s.text().length()));
        return codings.stream().filter(k -> k.start() <= cp && cp < k.end())
                .min(Comparator.comparingInt(k -> k.end() - k.start())).orElse(null);
    }

    /** Adds a memo to the coding at the selection's start, or to the source when none covers it. */
    public boolean addMemo(String text) {
        Source s = source.get();
        if (s == null || text == null || text.isBlank()) {
            return false;
        }
        Coding at = selectionEnd.get() > selectionStart.get() ? codingAt(selectionStart.get()) : null;
        try {
            if (at != null) {
                qda.memos().add(MemoTarget.CODING, at.id(), null, text.strip());
            } else {
                qda.memos().add(MemoTarget.SOURCE, s.id(), null, text.strip());
            }
            refreshMemos();
            searchAgain();
            return true;
        } catch (CampoException e) {
            message.set(Message.of(e));
            return false;
        }
    }

    /** A memo just written may match the search on screen: the hit list must not lag behind it. */
    private void searchAgain() {
        if (lastQuery != null && !lastQuery.isBlank()) {
            Message kept = message.get();
            search(lastQuery);
            if (kept != null) {
                message.set(kept);
            }
        }
    }

    private void refreshMemos() {
        Source s = source.get();
        List<Memo> out = new ArrayList<>(qda.memos().of(MemoTarget.SOURCE, s.id()));
        for (Coding k : codings) {
            out.addAll(qda.memos().of(MemoTarget.CODING, k.id()));
        }
        out.sort(Comparator.comparing(Memo::createdAt));
        memos.setAll(out);
    }

    /** Lists the segments of the selected code (with its sub-codes). */
    public void retrieve() {
        CodeRow row = selectedCode.get();
        if (row == null) {
            message.set(Message.of("ui.qda.chooseCode"));
            return;
        }
        segments.setAll(qda.retrieval().segments(row.code().id(), Map.of()));
    }

    /** The open text as runs: uncoded, or coloured by the innermost coding; {@code layers} codings overlap there. */
    public List<Run> runs() {
        Source s = source.get();
        if (s == null) {
            return List.of();
        }
        Map<String, String> colors = new HashMap<>();
        codes.forEach(r -> colors.put(r.code().id(), r.code().color()));
        int length = s.length();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, length));
        for (Coding k : codings) {
            cuts.add(Math.min(k.start(), length));
            cuts.add(Math.min(k.end(), length));
        }
        List<Run> out = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                List<Coding> over = codings.stream().filter(k -> k.start() <= from && from < k.end()).toList();
                Coding inner = over.stream().min(Comparator.comparingInt(k -> k.end() - k.start())).orElse(null);
                out.add(new Run(TextPositions.toUtf16(s.text(), from), TextPositions.toUtf16(s.text(), cut),
                        inner == null ? null : colors.get(inner.codeId()), over.size()));
            }
            previous = cut;
        }
        return out;
    }

    /** The colours of the codings that touch each paragraph (line) of the open text: the stripe margin. */
    public List<List<String>> stripes() {
        Source s = source.get();
        if (s == null) {
            return List.of();
        }
        Map<String, String> colors = new HashMap<>();
        codes.forEach(r -> colors.put(r.code().id(), r.code().color()));
        List<List<String>> out = new ArrayList<>();
        int start = 0;
        for (String line : s.text().split("\n", -1)) {
            int end = start + line.codePointCount(0, line.length());
            int from = start;
            List<String> touching = codings.stream()
                    .filter(k -> k.start() < Math.max(end, from + 1) && k.end() > from || (k.detached() && k.start() == from))
                    .sorted(Comparator.comparingInt(Coding::start)).map(k -> colors.getOrDefault(k.codeId(), "#999999"))
                    .distinct().toList();
            out.add(touching);
            start = end + 1;
        }
        return out;
    }

    /** The code path and coder of a coding, for tooltips and the memo list. */
    public String describe(Coding k) {
        return codes.stream().filter(r -> r.code().id().equals(k.codeId())).map(CodeRow::path).findFirst().orElse("?");
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    public ObservableList<SourceSummary> sources() {
        return sources;
    }

    public ObservableList<String> groupAttributes() {
        return groupAttributes;
    }

    public StringProperty groupByProperty() {
        return groupBy;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<CaseRecord> caseProperty() {
        return caseRecord;
    }

    public ObservableList<Coding> codings() {
        return codings;
    }

    public ObservableList<CodeRow> codes() {
        return codes;
    }

    public ObjectProperty<CodeRow> selectedCodeProperty() {
        return selectedCode;
    }

    public ObservableList<Memo> memos() {
        return memos;
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ObjectProperty<Message> searchSummaryProperty() {
        return searchSummary;
    }

    /** The hit shown last, as [start, end) in UTF-16 units of the open text; null when none. */
    public ObjectProperty<int[]> shownHitProperty() {
        return shownHit;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public ObjectProperty<Message> messageProperty() {
        return message;
    }

    boolean sameSource(String id) {
        return source.get() != null && Objects.equals(source.get().id(), id);
    }
}
