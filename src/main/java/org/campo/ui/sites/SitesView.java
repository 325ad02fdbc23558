package org.campo.ui.sites;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import org.campo.model.Site;
import org.campo.study.Capability;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.campo.ui.common.MessageText;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The Sites section: the flow monitoring points, and adding one for members who manage sites. */
public final class SitesView extends VBox {

    public SitesView(SectionContext ctx) {
        this(new SitesViewModel(ctx.study()), ctx.study().can(Capability.MANAGE_SITES));
    }

    SitesView(SitesViewModel model, boolean canAdd) {
        super(12);
        setId("sites");
        setPadding(new Insets(24, 32, 24, 32));
        TableView<Site> table = new TableView<>(model.sites());
        table.setId("sites-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.sites.code", 160, Site::code));
        table.getColumns().add(column("ui.sites.name", 280, Site::name));
        table.getColumns().add(column("ui.sites.latitude", 120, s -> s.latitude() == null ? "" : s.latitude().toString()));
        table.getColumns().add(column("ui.sites.longitude", 120,
                s -> s.longitude() == null ? "" : s.longitude().toString()));
        table.setPlaceholder(Controls.hint("ui.sites.empty"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(Controls.title("ui.sites.title"), Controls.hint("ui.sites.intro"), table);
        if (canAdd) {
            getChildren().add(addForm(model));
        }
        model.load();
    }

    private static GridPane addForm(SitesViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, Controls.label("ui.sites.code"), field("site-code", model.codeProperty(), "TUM-CEBAF"),
                Controls.label("ui.sites.name"), field("site-name", model.nameProperty(), "CEBAF Tumbes"));
        grid.addRow(1, Controls.label("ui.sites.latitude"), field("site-latitude", model.latitudeProperty(), "-3.5649"),
                Controls.label("ui.sites.longitude"), field("site-longitude", model.longitudeProperty(), "-80.4512"));
        Button add = Controls.accentButton("site-add", "ui.sites.add", MaterialDesignM.MAP_MARKER_PLUS_OUTLINE);
        add.setDefaultButton(false);
        add.setOnAction(e -> model.add());
        Label result = new Label();
        result.setId("site-result");
        result.setWrapText(true);
        result.textProperty().bind(MessageText.of(model.resultProperty()));
        grid.add(add, 1, 2);
        grid.add(result, 2, 2, 2, 1);
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
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
}
