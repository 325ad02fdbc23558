package org.campo.ui.merge;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.campo.common.Messages;
import org.campo.merge.MergeService.AnswerDifference;
import org.campo.merge.MergeService.ConflictDetail;
import org.campo.merge.MergeService.ConflictVersion;
import org.campo.merge.MergeService.MergeRecord;
import org.campo.merge.MergeService.PackageStatus;
import org.campo.ui.common.Controls;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Merge section. The coordinator adds packages (button, Ctrl+O or by dropping files), reads
 * what each holds, imports the ticked ones, keeps one version of each conflict and sees the
 * merges done; Ctrl+1, Ctrl+2 and Ctrl+3 switch between packages, conflicts and history. On a
 * laptop the section writes the package for the coordinator.
 */
public final class MergeView extends VBox {
    private static final double CELL_INSET = 64;
    private final MergeViewModel model;
    private final Label report = new Label();
    private TabPane tabs;
    private ListView<MergeViewModel.PackageRow> packageList;
    private ListView<ConflictDetail> conflictList;
    private Button addButton;

    public MergeView(SectionContext ctx) {
        this(new MergeViewModel(ctx.study(), ctx.app().merge(), ctx.executor(), ctx.dialogs()));
    }

    MergeView(MergeViewModel model) {
        this.model = model;
        setId("merge");
        setSpacing(12);
        setPadding(new Insets(24, 32, 24, 32));
        report.setId("merge-report");
        report.setWrapText(true);
        report.setMinHeight(Region.USE_PREF_SIZE);
        report.textProperty().bind(Bindings.createStringBinding(() -> {
            Message m = model.reportProperty().get();
            return m == null ? "" : m.text();
        }, model.reportProperty(), I18n.localeProperty()));
        report.managedProperty().bind(report.textProperty().isNotEmpty());
        report.visibleProperty().bind(report.managedProperty());
        if (model.isLaptop()) {
            laptop();
        } else {
            coordinator();
        }
    }

    // ------------------------------------------------------------ laptop

    private void laptop() {
        Label title = Controls.title("ui.merge.send.title");
        Label intro = Controls.hint("ui.merge.send.intro", model.studyName());
        intro.setMaxWidth(760);
        Button send = Controls.accentButton("merge-send", "ui.merge.send", MaterialDesignS.SEND_OUTLINE);
        send.setDefaultButton(false);
        send.disableProperty().bind(model.runningProperty());
        send.setOnAction(e -> model.sendToCoordinator());
        send.setVisible(model.canSend());
        send.setManaged(model.canSend());
        getChildren().addAll(title, intro);
        model.coordinatorFingerprint().ifPresent(key -> {
            Label keyLine = Controls.label("ui.merge.send.key", key);
            keyLine.setId("merge-key");
            getChildren().add(keyLine);
        });
        report.setMaxWidth(760);
        getChildren().addAll(send, report);
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                focusAfterLayout(send);
            }
        });
    }

    // ------------------------------------------------------------ coordinator

    private void coordinator() {
        Label title = Controls.title("ui.merge.title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button kit = Controls.button("merge-kit", "ui.merge.prepareLaptop", MaterialDesignL.LAPTOP);
        kit.disableProperty().bind(model.runningProperty());
        kit.setOnAction(e -> model.prepareLaptop());
        kit.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, title, spacer, kit);
        top.setAlignment(Pos.CENTER_LEFT);
        Label intro = Controls.hint("ui.merge.intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);

        tabs = new TabPane(packagesTab(), conflictsTab(), historyTab());
        tabs.setId("merge-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(top, intro, report, tabs);

        // The shortcuts work wherever the focus is while the section is shown (also in the navigation).
        javafx.event.EventHandler<KeyEvent> shortcuts = this::shortcut;
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
                focusAfterLayout(addButton);
            }
        });
        model.load();
    }

    /** The navigation keeps the focus while a section opens; the section takes it after the next pulse. */
    private static void focusAfterLayout(Node target) {
        javafx.application.Platform.runLater(() -> javafx.application.Platform.runLater(target::requestFocus));
    }

    private void shortcut(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.O) {
            e.consume();
            if (model.addPackages()) {
                showTab(0);
            }
        } else if (e.getCode() == KeyCode.DIGIT1 || e.getCode() == KeyCode.NUMPAD1) {
            e.consume();
            showTab(0);
        } else if (e.getCode() == KeyCode.DIGIT2 || e.getCode() == KeyCode.NUMPAD2) {
            e.consume();
            showTab(1);
        } else if (e.getCode() == KeyCode.DIGIT3 || e.getCode() == KeyCode.NUMPAD3) {
            e.consume();
            showTab(2);
        }
    }

    /** Shows a tab and puts the focus in its list, so arrows, Space and Tab work at once. */
    private void showTab(int index) {
        tabs.getSelectionModel().select(index);
        Node target = switch (index) {
            case 0 -> packageList;
            case 1 -> conflictList;
            default -> tabs.getTabs().get(2).getContent();
        };
        if (target == conflictList && conflictList.getSelectionModel().isEmpty() && !conflictList.getItems().isEmpty()) {
            conflictList.getSelectionModel().selectFirst();
        }
        if (target == packageList && packageList.getFocusModel().getFocusedIndex() < 0 && !packageList.getItems().isEmpty()) {
            packageList.getFocusModel().focus(0);
        }
        target.requestFocus();
    }

    private Tab packagesTab() {
        addButton = Controls.accentButton("merge-add", "ui.merge.add", MaterialDesignP.PACKAGE_DOWN);
        addButton.setDefaultButton(false);
        addButton.disableProperty().bind(model.runningProperty());
        addButton.setOnAction(e -> model.addPackages());
        Button importButton = Controls.button("merge-import", "ui.merge.import", MaterialDesignS.SOURCE_MERGE);
        importButton.disableProperty().bind(model.runningProperty().or(model.canImportSelectedProperty().not()));
        importButton.setOnAction(e -> {
            // the button is disabled while the import runs: the list, where the outcomes appear, keeps the focus
            packageList.requestFocus();
            model.importSelected();
        });
        HBox actions = new HBox(12, addButton, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label keys = Controls.hint("ui.merge.keysHint");

        packageList = new ListView<>(model.packages());
        packageList.setId("merge-packages");
        packageList.setPlaceholder(Controls.hint("ui.merge.empty"));
        packageList.setCellFactory(list -> new PackageCell());
        packageList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            MergeViewModel.PackageRow row = packageList.getFocusModel().getFocusedItem();
            if (row == null) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                if (row.importable()) {
                    row.selected().set(!row.selected().get());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove(row);
                e.consume();
            }
        });
        packageList.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        packageList.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        model.packages().addListener((ListChangeListener<MergeViewModel.PackageRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() && packageList.getFocusModel().getFocusedIndex() < 0) {
                    packageList.getFocusModel().focus(c.getFrom());
                }
            }
            if (!model.packages().isEmpty()) {
                // what was just added is read next: the arrows, Space and Delete work at once
                tabs.getSelectionModel().select(0);
                packageList.requestFocus();
            }
        });
        VBox.setVgrow(packageList, Priority.ALWAYS);
        VBox content = new VBox(10, actions, keys, packageList);
        content.setPadding(new Insets(12, 0, 0, 0));
        Tab tab = new Tab();
        tab.setId("merge-tab-packages");
        tab.textProperty().bind(I18n.text("ui.merge.tab.packages"));
        tab.setContent(content);
        return tab;
    }

    /** One package: a tick, its name and status, who sent it, what it holds, its chain, why it is refused, what importing did. */
    private final class PackageCell extends ListCell<MergeViewModel.PackageRow> {
        private final CheckBox tick = new CheckBox();
        private final Label name = new Label();
        private final Label status = new Label();
        private final Label origin = line();
        private final Label contents = line();
        private final Label chain = line();
        private final Label refusal = line();
        private final Label outcome = line();
        private final VBox text = new VBox(2);
        private final HBox box = new HBox(10, tick, text);
        private MergeViewModel.PackageRow bound;

        PackageCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            status.getStyleClass().add(Styles.TEXT_SMALL);
            HBox head = new HBox(10, name, status);
            head.setAlignment(Pos.BASELINE_LEFT);
            chain.getStyleClass().add(Styles.TEXT_MUTED);
            refusal.getStyleClass().add(Styles.DANGER);
            text.getChildren().addAll(head, origin, contents, chain, refusal, outcome);
            tick.setFocusTraversable(false);
            text.maxWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(200, listViewWidth() - CELL_INSET), widthProperty()));
            text.prefWidthProperty().bind(text.maxWidthProperty());
            box.setAlignment(Pos.TOP_LEFT);
            box.setPadding(new Insets(6, 4, 6, 4));
        }

        private double listViewWidth() {
            return getListView() == null ? 600 : getListView().getWidth();
        }

        private Label line() {
            Label l = new Label();
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            return l;
        }

        @Override
        protected void updateItem(MergeViewModel.PackageRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                tick.selectedProperty().unbindBidirectional(bound.selected());
                outcome.textProperty().unbind();
                status.textProperty().unbind();
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = row;
            tick.selectedProperty().bindBidirectional(row.selected());
            tick.disableProperty().bind(Bindings.createBooleanBinding(() -> !row.importable(), row.outcomeKindProperty()));
            name.setText(row.fileName());
            status.textProperty().bind(Bindings.createStringBinding(() -> row.statusText().text(),
                    row.outcomeKindProperty(), I18n.localeProperty()));
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
            status.getStyleClass().add(row.status() == PackageStatus.NEW ? Styles.SUCCESS
                    : row.status() == PackageStatus.REFUSED ? Styles.DANGER : Styles.TEXT_MUTED);
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            show(origin, row.origin());
            show(contents, row.contents());
            show(chain, row.chain());
            show(refusal, row.refusal());
            outcome.textProperty().bind(Bindings.createStringBinding(() -> {
                Message m = row.outcomeProperty().get();
                return m == null ? "" : "→ " + m.text();
            }, row.outcomeProperty(), I18n.localeProperty()));
            outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
            row.outcomeKindProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends MergeViewModel.Outcome> o,
                                    MergeViewModel.Outcome was, MergeViewModel.Outcome now) {
                    if (bound != row) {
                        o.removeListener(this);
                        return;
                    }
                    styleOutcome(now);
                }
            });
            styleOutcome(row.outcomeKindProperty().get());
            outcome.visibleProperty().bind(outcome.managedProperty());
            setText(null);
            setGraphic(box);
        }

        private void styleOutcome(MergeViewModel.Outcome kind) {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
            if (kind != null) {
                outcome.getStyleClass().add(switch (kind) {
                    case ADDED, UNCHANGED -> Styles.SUCCESS;
                    case CONFLICTS -> Styles.WARNING;
                    case REFUSED -> Styles.DANGER;
                });
            }
        }

        private void show(Label label, Message message) {
            label.setText(message == null ? "" : message.text());
            label.setManaged(message != null);
            label.setVisible(message != null);
        }
    }

    // ------------------------------------------------------------ conflicts

    private Tab conflictsTab() {
        conflictList = new ListView<>(model.conflicts());
        conflictList.setId("merge-conflicts");
        conflictList.setPlaceholder(Controls.hint("ui.merge.conflicts.none"));
        conflictList.setPrefWidth(250);
        conflictList.setMinWidth(250);
        conflictList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictDetail c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.get("ui.merge.conflict.item", c.instanceId(),
                        c.formId(), MergeViewModel.date(c.detectedAt())));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox detail = new VBox(10);
        detail.setId("merge-conflict-detail");
        detail.setMinWidth(0);
        detail.setPrefWidth(400);
        HBox.setHgrow(detail, Priority.ALWAYS);
        conflictList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showConflict(detail, now));
        model.conflicts().addListener((ListChangeListener<ConflictDetail>) c -> {
            if (conflictList.getSelectionModel().isEmpty() && !model.conflicts().isEmpty()) {
                conflictList.getSelectionModel().selectFirst();
            } else if (model.conflicts().isEmpty()) {
                showConflict(detail, null);
            }
        });
        HBox split = new HBox(16, conflictList, detail);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label hint = Controls.hint("ui.merge.conflicts.hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, hint, split);
        content.setPadding(new Insets(12, 0, 0, 0));
        Tab tab = new Tab();
        tab.setId("merge-tab-conflicts");
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("ui.merge.tab.conflicts", model.conflicts().size()),
                model.conflicts(), I18n.localeProperty()));
        tab.setContent(content);
        return tab;
    }

    private void showConflict(VBox detail, ConflictDetail c) {
        detail.getChildren().clear();
        if (c == null) {
            return;
        }
        Label heading = new Label(c.instanceId() + " · " + (c.formTitle().isBlank() ? c.formId() : c.formTitle())
                + " (" + c.formId() + " " + c.formVersion() + ")");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);

        GridPane versions = new GridPane();
        versions.setHgap(16);
        versions.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints half = new ColumnConstraints();
        half.setHgrow(Priority.ALWAYS);
        half.setMinWidth(0);
        half.setPrefWidth(200);
        versions.getColumnConstraints().addAll(labels, half, half);
        versions.add(bold("ui.merge.version.kept"), 1, 0);
        versions.add(bold("ui.merge.version.other"), 2, 0);
        ZoneId zone = ZoneId.systemDefault();
        addRow(versions, 1, "ui.merge.field.member", c, v -> v.memberName() == null ? "?" : v.memberName());
        addRow(versions, 2, "ui.merge.field.device", c, v -> MergeViewModel.shortId(v.deviceId()));
        addRow(versions, 3, "ui.merge.field.site", c, v -> v.siteCode() == null ? "—" : v.siteCode());
        addRow(versions, 4, "ui.merge.field.updated", c,
                v -> Dates.format(v.updatedAt(), zone, Messages.locale()));
        Button keepKept = Controls.button("merge-keep-kept", "ui.merge.keep", MaterialDesignC.CHECK);
        Button keepOther = Controls.button("merge-keep-other", "ui.merge.keep", MaterialDesignC.CHECK);
        for (Button b : List.of(keepKept, keepOther)) {
            b.disableProperty().bind(model.runningProperty());
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        keepKept.setOnAction(e -> keep(c, false));
        keepOther.setOnAction(e -> keep(c, true));
        versions.add(keepKept, 1, 5);
        versions.add(keepOther, 2, 5);

        Label diffTitle = new Label(Messages.get("ui.merge.differences", c.differences().size()));
        diffTitle.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<AnswerDifference> diffs = new TableView<>();
        diffs.setId("merge-differences");
        diffs.setFocusTraversable(false);
        diffs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        diffs.setPlaceholder(Controls.hint("ui.merge.noDifferences"));
        diffs.getColumns().add(column("ui.merge.col.question", AnswerDifference::question));
        diffs.getColumns().add(column("ui.merge.version.kept", AnswerDifference::kept));
        diffs.getColumns().add(column("ui.merge.version.other", AnswerDifference::other));
        diffs.getItems().setAll(c.differences());
        VBox.setVgrow(diffs, Priority.ALWAYS);
        detail.getChildren().addAll(heading, versions, diffTitle, diffs);
    }

    /** Keeps one version; the list, which refreshes, keeps the focus (the buttons go with the conflict). */
    private void keep(ConflictDetail c, boolean other) {
        conflictList.requestFocus();
        model.keep(c, other);
    }

    private static void addRow(GridPane grid, int row, String key, ConflictDetail c,
                               Function<ConflictVersion, String> value) {
        Label name = Controls.label(key);
        name.getStyleClass().add(Styles.TEXT_MUTED);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label kept = new Label(value.apply(c.kept()));
        Label other = new Label(value.apply(c.other()));
        kept.setWrapText(true);
        other.setWrapText(true);
        grid.addRow(row, name, kept, other);
    }

    private static Label bold(String key) {
        Label l = Controls.label(key);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setWrapText(true);
        return l;
    }

    private static <S> TableColumn<S, String> column(String key, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>();
        col.textProperty().bind(I18n.text(key));
        col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        col.setSortable(false);
        return col;
    }

    // ------------------------------------------------------------ history

    private Tab historyTab() {
        TableView<MergeRecord> table = new TableView<>(model.history());
        table.setId("merge-history");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(Controls.hint("ui.merge.history.none"));
        ZoneId zone = ZoneId.systemDefault();
        table.getColumns().add(column("ui.merge.col.date", r -> Dates.format(r.at(), zone, Messages.locale())));
        table.getColumns().add(column("ui.merge.col.device", r -> MergeViewModel.shortId(r.deviceId())));
        table.getColumns().add(column("ui.merge.col.by", MergeRecord::actor));
        table.getColumns().add(column("ui.merge.col.package",
                r -> r.packageDigest() == null ? "" : r.packageDigest().substring(0, Math.min(12, r.packageDigest().length()))));
        table.getColumns().add(column("ui.merge.col.added", r -> Integer.toString(r.added())));
        table.getColumns().add(column("ui.merge.col.conflicts", r -> Integer.toString(r.conflicts())));
        table.getColumns().add(column("ui.merge.col.removed", r -> Integer.toString(r.removed())));
        table.getColumns().add(column("ui.merge.col.analysis", r -> Integer.toString(r.analysisAdded())));
        table.getColumns().add(column("ui.merge.col.head", r -> Long.toString(r.headSeq())));
        double[] widths = {142, 70, 85, 122, 100, 100, 105, 80, 70};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
            table.getColumns().get(i).setMinWidth(widths[i]);
        }
        VBox content = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(12, 0, 0, 0));
        Tab tab = new Tab();
        tab.setId("merge-tab-history");
        tab.textProperty().bind(I18n.text("ui.merge.tab.history"));
        tab.setContent(content);
        return tab;
    }
}
