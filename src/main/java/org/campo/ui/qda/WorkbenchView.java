package org.campo.ui.qda;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.campo.qda.CaseRecord;
import org.campo.model.Memo;
import org.campo.qda.SearchHit;
import org.campo.qda.Segment;
import org.campo.model.Source;
import org.campo.qda.SourceSummary;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.campo.ui.qda.WorkbenchViewModel.CodeRow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The coding workbench. Keyboard first: select words, then press a code's number (1–9) or
 * Ctrl+K and type the code's name; Ctrl+M writes a memo beside the text; Ctrl+R lists the
 * segments of the selected code; Ctrl+F searches every source and memo (ignoring accents and
 * case), Enter on a hit opens its source with the words selected, and the hits can all be coded
 * with one code. Codings show as coloured highlights (underlined where codes
 * overlap) and as stripes in the margin of each paragraph.
 */
public final class WorkbenchView extends VBox {
    private final WorkbenchViewModel model;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final TreeView<Object> sourceTree = new TreeView<>();
    private final TreeView<CodeRow> codeTree = new TreeView<>();
    private final TextField codeName = new TextField();
    private final TextField memoInput = new TextField();
    private final TextField searchInput = new TextField();
    private final ListView<SearchHit> hitList = new ListView<>();
    private final TextField codeAllInput = new TextField();
    private final Label caseLine = new Label();
    /** Case attributes read in the interface language: switching it relabels the groups and the case line. */
    private final javafx.beans.InvalidationListener relabel;

    public WorkbenchView(SectionContext ctx) {
        this(new WorkbenchViewModel(ctx.app().qda(ctx.study())));
    }

    public WorkbenchView(WorkbenchViewModel model) {
        this.model = model;
        setId("qda-workbench");
        setSpacing(8);
        setPadding(new Insets(16));

        Label title = Controls.title("ui.qda.title");
        CheckBox blind = new CheckBox();
        blind.setId("qda-blind");
        blind.textProperty().bind(I18n.text("ui.qda.blind"));
        blind.selectedProperty().bindBidirectional(model.blindProperty());
        ComboBox<String> groupBy = new ComboBox<>(model.groupAttributes());
        groupBy.setId("qda-group-by");
        groupBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String attribute) {
                return attribute == null ? "" : model.attributeName(attribute);
            }

            @Override
            public String fromString(String text) {
                return model.groupAttributes().stream().filter(a -> model.attributeName(a).equals(text))
                        .findFirst().orElse(text);
            }
        });
        groupBy.valueProperty().bindBidirectional(model.groupByProperty());
        groupBy.valueProperty().addListener((o, a, b) -> fillSources());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        searchInput.setId("qda-search");
        searchInput.promptTextProperty().bind(I18n.text("ui.qda.search.prompt"));
        searchInput.setMaxWidth(Double.MAX_VALUE);
        searchInput.setOnAction(e -> {
            if (model.search(searchInput.getText())) {
                hitList.requestFocus();
                hitList.getSelectionModel().selectFirst();
                hitList.getFocusModel().focus(0);
            }
        });
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, title, spacer, Controls.label("ui.qda.groupBy"), groupBy, blind);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("qda-message");
        message.textProperty().bind(MessageText.of(model.messageProperty()));
        message.setWrapText(true);

        sourceTree.setId("qda-sources");
        sourceTree.setShowRoot(false);
        sourceTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof SourceSummary s) {
                    setText(s.name() + "  (" + s.codings() + ")");
                } else {
                    setText(item.toString().isEmpty() ? I18n.get("ui.qda.noGroup") : item.toString());
                }
            }
        });
        sourceTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof SourceSummary s && !model.sameSource(s.id())) {
                model.open(s.id());
            }
        });
        Label hitSummary = new Label();
        hitSummary.setId("qda-search-summary");
        hitSummary.setWrapText(true);
        hitSummary.textProperty().bind(MessageText.of(model.searchSummaryProperty()));
        hitList.setId("qda-search-results");
        hitList.setItems(model.hits());
        hitList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || h == null ? null : hitText(h));
            }
        });
        hitList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openHit(hitList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        hitList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openHit(hitList.getSelectionModel().getSelectedItem());
            }
        });
        codeAllInput.setId("qda-search-code");
        codeAllInput.promptTextProperty().bind(I18n.text("ui.qda.search.codePrompt"));
        Button codeAll = Controls.button("qda-search-code-all", "ui.qda.search.codeAll", MaterialDesignT.TAG_MULTIPLE);
        Runnable codeAllHits = () -> {
            if (model.codeAllHits(codeAllInput.getText())) {
                codeAllInput.clear();
                // After the source tree is filled again with the new counts.
                Platform.runLater(hitList::requestFocus);
            }
        };
        codeAllInput.setOnAction(e -> codeAllHits.run());
        codeAll.setOnAction(e -> codeAllHits.run());
        HBox codeAllRow = new HBox(6, codeAllInput, codeAll);
        HBox.setHgrow(codeAllInput, Priority.ALWAYS);
        VBox searchBox = new VBox(6, hitSummary, hitList, codeAllRow);
        searchBox.setId("qda-search-box");
        searchBox.visibleProperty().bind(model.searchSummaryProperty().isNotNull());
        searchBox.managedProperty().bind(searchBox.visibleProperty());
        hitList.setPrefHeight(230);
        hitList.setMinHeight(150);
        VBox left = new VBox(6, searchInput, Controls.label("ui.qda.sources"), sourceTree);
        VBox.setVgrow(sourceTree, Priority.ALWAYS);

        area.setId("qda-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("qda-text");
        area.setStyle("-fx-font-size: 14px;");
        area.selectionProperty().addListener((o, a, range) -> model.select(range.getStart(), range.getEnd()));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onTextKey);
        VirtualizedScrollPane<InlineCssTextArea> scroller = new VirtualizedScrollPane<>(area);
        caseLine.setId("qda-case");
        caseLine.setWrapText(true);
        VBox center = new VBox(6, caseLine, scroller, searchBox, Controls.hint("ui.qda.keys"));
        VBox.setVgrow(scroller, Priority.ALWAYS);

        codeName.setId("qda-code-name");
        codeName.promptTextProperty().bind(I18n.text("ui.qda.codeName"));
        codeName.setOnAction(e -> {
            if (model.codeWithName(codeName.getText())) {
                codeName.clear();
                area.requestFocus();
            }
        });
        codeTree.setId("qda-codes");
        codeTree.setShowRoot(false);
        codeTree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(CodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText((row.shortcut().isEmpty() ? "" : row.shortcut() + "  ") + row.code().name() + "  ("
                            + row.count() + ")");
                    Rectangle swatch = new Rectangle(10, 10);
                    swatch.setStyle("-fx-fill: " + row.code().color() + ";");
                    setGraphic(swatch);
                }
            }
        });
        codeTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                model.selectedCodeProperty().set(item == null ? null : item.getValue()));
        codeTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && codeTree.getSelectionModel().getSelectedItem() != null) {
                model.codeSelection(codeTree.getSelectionModel().getSelectedItem().getValue().code().id());
            }
        });
        Button retrieve = Controls.button("qda-retrieve", "ui.qda.retrieve", MaterialDesignF.FORMAT_LIST_BULLETED);
        retrieve.setOnAction(e -> model.retrieve());
        ListView<Segment> segments = new ListView<>(model.segments());
        segments.setId("qda-segments");
        segments.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Segment s, boolean empty) {
                super.updateItem(s, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || s == null ? null : (s.caseCode() == null ? "" : s.caseCode() + " · ") + s.coderName()
                        + " · " + s.codePath() + "\n…" + s.before().replace('\n', ' ') + "«" + s.text() + "»"
                        + s.after().replace('\n', ' ') + "…");
            }
        });
        segments.setOnMouseClicked(e -> {
            Segment s = segments.getSelectionModel().getSelectedItem();
            if (s != null && e.getClickCount() == 2) {
                showSegment(s);
            }
        });
        ListView<Memo> memos = new ListView<>(model.memos());
        memos.setId("qda-memos");
        memos.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Memo m, boolean empty) {
                super.updateItem(m, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || m == null ? null : m.text());
            }
        });
        memoInput.setId("qda-memo-input");
        memoInput.promptTextProperty().bind(I18n.text("ui.qda.memoPrompt"));
        memoInput.setOnAction(e -> {
            if (model.addMemo(memoInput.getText())) {
                memoInput.clear();
                area.requestFocus();
            }
        });
        VBox right = new VBox(6, Controls.label("ui.qda.codebook"), codeName, codeTree, retrieve, segments,
                Controls.label("ui.qda.memos"), memos, memoInput);
        VBox.setVgrow(codeTree, Priority.ALWAYS);
        VBox.setVgrow(segments, Priority.SOMETIMES);
        memos.setPrefHeight(120);
        segments.setPrefHeight(160);

        SplitPane split = new SplitPane(left, center, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.2, 0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(top, message, split);

        setOnKeyPressed(this::onKey);
        // Ctrl+F reaches the search box from anywhere in the window while the workbench is shown
        // (also when the focus is still on the navigation that opened it).
        Runnable find = () -> {
            searchInput.requestFocus();
            searchInput.selectAll();
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(FIND, find);
            }
            if (scene != null) {
                scene.getAccelerators().put(FIND, find);
            }
        });
        model.sourceProperty().addListener((o, a, s) -> showSource(s));
        model.codings().addListener((ListChangeListener<Object>) c -> paint());
        model.codes().addListener((ListChangeListener<CodeRow>) c -> fillCodes());
        model.caseProperty().addListener((o, a, c) -> showCase(c));
        model.hits().addListener((ListChangeListener<SearchHit>) c -> paint());
        model.sources().addListener((ListChangeListener<SourceSummary>) c -> refillSources());
        model.load();
        fillSources();
        fillCodes();
        relabel = I18n.onChange(() -> {
            model.relabel();
            refillSources();
            showCase(model.caseProperty().get());
        });
        Platform.runLater(() -> {
            TreeItem<Object> first = firstSource(sourceTree.getRoot());
            if (first != null) {
                sourceTree.getSelectionModel().select(first);
            }
        });
    }

    private void onTextKey(KeyEvent e) {
        String t = e.getText();
        if (!e.isShortcutDown() && !e.isAltDown() && t != null && t.length() == 1 && t.charAt(0) >= '1'
                && t.charAt(0) <= '9') {
            model.codeWithShortcut(t.charAt(0) - '0');
            e.consume();
        }
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND_CODE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MEMO = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RETRIEVE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private void onKey(KeyEvent e) {
        if (FIND.match(e)) {
            searchInput.requestFocus();
            searchInput.selectAll();
        } else if (FIND_CODE.match(e)) {
            codeName.requestFocus();
        } else if (MEMO.match(e)) {
            memoInput.requestFocus();
        } else if (RETRIEVE.match(e)) {
            model.retrieve();
        } else {
            return;
        }
        e.consume();
    }

    private void fillSources() {
        TreeItem<Object> root = new TreeItem<>("");
        for (Map.Entry<String, List<SourceSummary>> g : model.groupedSources().entrySet()) {
            TreeItem<Object> group = new TreeItem<>(model.groupLabel(g.getKey()));
            group.setExpanded(true);
            g.getValue().forEach(s -> group.getChildren().add(new TreeItem<>(s)));
            root.getChildren().add(group);
        }
        sourceTree.setRoot(root);
    }

    /** Fills the source tree again (counts changed) and keeps the open source selected. */
    private void refillSources() {
        fillSources();
        Source open = model.sourceProperty().get();
        if (open != null) {
            selectSource(sourceTree.getRoot(), open.id());
        }
    }

    private void selectSource(TreeItem<Object> item, String id) {
        for (TreeItem<Object> c : item.getChildren()) {
            if (c.getValue() instanceof SourceSummary s && s.id().equals(id)) {
                sourceTree.getSelectionModel().select(c);
                return;
            }
            selectSource(c, id);
        }
    }

    private static String hitText(SearchHit h) {
        StringBuilder sb = new StringBuilder();
        if (h.inMemo()) {
            sb.append(I18n.get("ui.qda.search.memo")).append(" · ");
        }
        if (h.caseCode() != null && (h.sourceName() == null || !h.sourceName().startsWith(h.caseCode()))) {
            sb.append(h.caseCode()).append(" · ");
        }
        sb.append(h.sourceName() == null ? I18n.get("ui.qda.search.project") : h.sourceName());
        String before = h.before().replace('\n', ' ');
        int cut = before.length() > 40 ? before.offsetByCodePoints(before.length(),
                -Math.min(40, before.codePointCount(0, before.length()))) : 0;
        sb.append("\n…").append(before.substring(cut)).append('«').append(h.match().replace('\n', ' '))
                .append('»').append(h.after().replace('\n', ' ')).append('…');
        return sb.toString();
    }

    private void openHit(SearchHit h) {
        if (h == null) {
            return;
        }
        model.openHit(h);
        int[] range = model.shownHitProperty().get();
        if (range != null) {
            selectSource(sourceTree.getRoot(), h.sourceId());
            area.selectRange(range[0], range[1]);
            area.requestFollowCaret();
            area.requestFocus();
        }
    }

    private static TreeItem<Object> firstSource(TreeItem<Object> root) {
        if (root == null) {
            return null;
        }
        for (TreeItem<Object> g : root.getChildren()) {
            if (!g.getChildren().isEmpty()) {
                return g.getChildren().get(0);
            }
        }
        return null;
    }

    private void fillCodes() {
        TreeItem<CodeRow> root = new TreeItem<>();
        java.util.Deque<TreeItem<CodeRow>> stack = new java.util.ArrayDeque<>();
        for (CodeRow row : model.codes()) {
            TreeItem<CodeRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            while (stack.size() > row.depth()) {
                stack.pop();
            }
            (stack.isEmpty() ? root : stack.peek()).getChildren().add(item);
            stack.push(item);
        }
        String selected = model.selectedCodeProperty().get() == null ? null
                : model.selectedCodeProperty().get().code().id();
        codeTree.setRoot(root);
        if (selected != null) {
            select(root, selected);
        }
    }

    private boolean select(TreeItem<CodeRow> item, String codeId) {
        for (TreeItem<CodeRow> c : item.getChildren()) {
            if (c.getValue().code().id().equals(codeId)) {
                codeTree.getSelectionModel().select(c);
                return true;
            }
            if (select(c, codeId)) {
                return true;
            }
        }
        return false;
    }

    private void showSource(Source s) {
        area.replaceText(s == null ? "" : s.text());
        area.moveTo(0);
        area.requestFollowCaret();
        paint();
    }

    private void showCase(CaseRecord c) {
        if (c == null) {
            caseLine.setText("");
            return;
        }
        StringBuilder sb = new StringBuilder(c.code());
        c.attributes().forEach((k, v) -> sb.append(" · ").append(model.attributeName(k)).append(": ")
                .append(model.valueLabel(k, v)));
        sb.append(" · ").append(I18n.get(c.directQuotation() ? "ui.qda.quoteAllowed" : "ui.qda.quoteRefused"));
        caseLine.setText(sb.toString());
    }

    private void paint() {
        if (model.sourceProperty().get() == null) {
            return;
        }
        int length = area.getLength();
        area.clearStyle(0, length);
        List<int[]> hits = model.hitRanges();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        List<WorkbenchViewModel.Run> runs = model.runs();
        for (WorkbenchViewModel.Run r : runs) {
            cuts.add(r.start());
            cuts.add(r.end());
        }
        for (int[] h : hits) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous && cut <= length) {
                int from = previous;
                StringBuilder css = new StringBuilder();
                for (WorkbenchViewModel.Run r : runs) {
                    if (r.color() != null && r.start() <= from && from < r.end()) {
                        css.append("-rtfx-background-color: ").append(r.color()).append(';')
                                .append(r.layers() > 1 ? " -fx-underline: true;" : "");
                    }
                }
                for (int[] h : hits) {
                    if (h[0] <= from && from < h[1]) {
                        css.append(" -rtfx-border-stroke-color: #E65100; -rtfx-border-stroke-width: 2px;"
                                + " -fx-font-weight: bold;");
                        break;
                    }
                }
                if (css.length() > 0) {
                    area.setStyle(from, cut, css.toString());
                }
            }
            previous = cut;
        }
        List<List<String>> stripes = model.stripes();
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(i -> stripe(i < stripes.size() ? stripes.get(i) : List.of()));
    }

    private static Node stripe(List<String> colors) {
        HBox box = new HBox(2);
        box.getStyleClass().add("coding-margin");
        box.setMinWidth(40);
        box.setPrefWidth(40);
        box.setPadding(new Insets(0, 6, 0, 0));
        for (String c : colors) {
            Rectangle r = new Rectangle(4, 16);
            r.getStyleClass().add("coding-stripe");
            r.setStyle("-fx-fill: " + c + ";");
            box.getChildren().add(r);
        }
        return box;
    }

    private void showSegment(Segment s) {
        if (!model.sameSource(s.sourceId())) {
            model.open(s.sourceId());
        }
        Source src = model.sourceProperty().get();
        int from = org.campo.qda.TextPositions.toUtf16(src.text(), s.coding().start());
        int to = org.campo.qda.TextPositions.toUtf16(src.text(), s.coding().end());
        area.selectRange(from, to);
        area.requestFollowCaret();
    }

    /** For tests and screenshots: the text control. */
    InlineCssTextArea textArea() {
        return area;
    }

}
