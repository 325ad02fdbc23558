package org.campo.ui.sites;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.campo.collect.ShiftRecord;
import org.campo.model.Site;
import org.campo.study.Capability;
import org.campo.ui.common.Controls;
import org.campo.ui.common.Dates;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The Sites section: the flow monitoring points; for members who manage sites, the shifts
 * worked at the chosen point, correcting its name and coordinates, retiring or reactivating
 * it, and adding a point.
 */
public final class SitesView extends VBox {

    public SitesView(SectionContext ctx) {
        this(new SitesViewModel(ctx.study(), ctx.app().sites(ctx.study())), ctx.study().can(Capability.MANAGE_SITES));
    }

    SitesView(SitesViewModel model, boolean canManage) {
        super(12);
        setId("sites");
        setPadding(new Insets(24, 32, 24, 32));
        TableView<Site> table = new TableView<>(model.sites());
        table.setId("sites-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.sites.code", 160, Site::code));
        table.getColumns().add(column("ui.sites.name", 280, Site::name));
        table.getColumns().add(column("ui.sites.latitude", 110, s -> s.latitude() == null ? "" : s.latitude().toString()));
        table.getColumns().add(column("ui.sites.longitude", 110,
                s -> s.longitude() == null ? "" : s.longitude().toString()));
        table.getColumns().add(column("ui.sites.state", 120,
                s -> I18n.get(s.retired() ? "ui.sites.state.retired" : "ui.sites.state.active")));
        table.setPlaceholder(Controls.hint("ui.sites.empty"));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Site item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(RETIRED, !empty && item != null && item.retired());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != model.selectedProperty().get()) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, a, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setMinHeight(150);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label intro = Controls.hint("ui.sites.intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(Controls.title("ui.sites.title"), intro, table);
        if (canManage) {
            Tab shifts = tab("sites-tab-shifts", "ui.sites.shifts", shiftsTable(model));
            Tab edit = tab("sites-tab-edit", "ui.sites.edit", editForm(model));
            Tab add = tab("sites-tab-add", "ui.sites.add", addForm(model));
            TabPane tabs = new TabPane(shifts, edit, add);
            tabs.setId("sites-tabs");
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            // The tabs take the height their content needs; the points' table gets the rest.
            tabs.setMinHeight(Region.USE_PREF_SIZE);
            Label result = new Label();
            result.setId("site-result");
            result.setWrapText(true);
            result.textProperty().bind(MessageText.of(model.resultProperty()));
            result.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().addAll(result, tabs);
        }
        model.load();
    }

    private static final javafx.css.PseudoClass RETIRED = javafx.css.PseudoClass.getPseudoClass("retired");

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(null, content);
        tab.setId(id);
        tab.textProperty().bind(I18n.text(key));
        return tab;
    }

    private static TableView<ShiftRecord> shiftsTable(SitesViewModel model) {
        TableView<ShiftRecord> shifts = new TableView<>(model.shifts());
        shifts.setId("sites-shifts");
        shifts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        shifts.setPrefHeight(230);
        Label none = Controls.hint("ui.sites.shifts.none");
        none.textProperty().unbind();
        none.textProperty().bind(Bindings.createStringBinding(() -> I18n.get(model.selectedProperty().get() == null
                ? "ui.sites.shifts.choose" : "ui.sites.shifts.none"), model.selectedProperty(), I18n.localeProperty()));
        shifts.setPlaceholder(none);
        ZoneId zone = ZoneId.systemDefault();
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.member", 140, ShiftRecord::member));
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.date", 120,
                r -> Dates.format(r.date(), I18n.localeProperty().get())));
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.shift", 110,
                r -> r.shift().isEmpty() ? "" : I18n.get("ui.shift." + r.shift())));
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.started", 160,
                r -> Dates.format(r.started(), zone, I18n.localeProperty().get())));
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.ended", 160, r -> r.open()
                ? I18n.get("ui.sites.shifts.open") : Dates.format(r.ended(), zone, I18n.localeProperty().get())));
        shifts.getColumns().add(shiftColumn("ui.sites.shifts.count", 120, r -> Long.toString(r.submissions())));
        return shifts;
    }

    private static VBox editForm(SitesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Label code = new Label();
        code.setId("site-edit-code");
        code.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? I18n.get("ui.sites.edit.choose") : model.selectedProperty().get().code(),
                model.selectedProperty(), I18n.localeProperty()));
        TextField name = field("site-edit-name", model.editNameProperty(), "");
        name.setPrefColumnCount(24);
        grid.addRow(0, Controls.label("ui.sites.code"), code, Controls.label("ui.sites.name"), name);
        grid.addRow(1, Controls.label("ui.sites.latitude"), field("site-edit-latitude", model.editLatitudeProperty(), ""),
                Controls.label("ui.sites.longitude"),
                field("site-edit-longitude", model.editLongitudeProperty(), ""));
        Button save = Controls.accentButton("site-save", "ui.sites.save", MaterialDesignC.CONTENT_SAVE_OUTLINE);
        save.setDefaultButton(false);
        save.setOnAction(e -> model.saveEdit());
        Button retire = Controls.button("site-retire", "ui.sites.retire", MaterialDesignA.ARCHIVE_OUTLINE);
        retire.textProperty().unbind();
        retire.textProperty().bind(Bindings.createStringBinding(() -> I18n.get(model.selectedProperty().get() != null
                && model.selectedProperty().get().retired() ? "ui.sites.reactivate" : "ui.sites.retire"),
                model.selectedProperty(), I18n.localeProperty()));
        retire.setOnAction(e -> model.toggleRetired());
        HBox buttons = new HBox(8, save, retire);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = Controls.hint("ui.sites.edit.hint");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, hint, grid, buttons);
        box.disableProperty().bind(model.selectedProperty().isNull());
        // A tab sets its content's disable itself, so the bound box sits inside a plain one.
        VBox content = new VBox(box);
        content.setPadding(new Insets(12, 0, 0, 0));
        return content;
    }

    private static GridPane addForm(SitesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 0, 0, 0));
        grid.addRow(0, Controls.label("ui.sites.code"), field("site-code", model.codeProperty(), "TUM-CEBAF"),
                Controls.label("ui.sites.name"), field("site-name", model.nameProperty(), "CEBAF Tumbes"));
        grid.addRow(1, Controls.label("ui.sites.latitude"), field("site-latitude", model.latitudeProperty(), "-3.5649"),
                Controls.label("ui.sites.longitude"), field("site-longitude", model.longitudeProperty(), "-80.4512"));
        Button add = Controls.accentButton("site-add", "ui.sites.add", MaterialDesignM.MAP_MARKER_PLUS_OUTLINE);
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add());
        grid.add(add, 1, 2);
        return grid;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TableColumn<Site, String> column(String key, double width, Function<Site, String> value) {
        TableColumn<Site, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static TableColumn<ShiftRecord, String> shiftColumn(String key, double width,
                                                              Function<ShiftRecord, String> value) {
        TableColumn<ShiftRecord, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
