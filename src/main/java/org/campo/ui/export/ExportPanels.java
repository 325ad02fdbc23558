package org.campo.ui.export;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.campo.ui.common.I18n;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Building blocks shared by the dataset and summary panels of the Export screen. */
final class ExportPanels {
    private ExportPanels() {
    }

    /** Width at which a card's explanation wraps, so that two cards fit side by side at 1366 pixels. */
    static final double HINT_WIDTH = 560;

    /** A bordered panel with a heading, a short explanation and a grid of options. */
    static VBox card(String id, String titleKey, String hintKey, GridPane options, Node action) {
        Label title = Controls.label(titleKey);
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = Controls.hint(hintKey);
        // A wrapping label asks for its whole sentence on one line; cards sit in a flow pane that
        // gives each its preferred width, so the explanation is given a width to wrap at.
        hint.setPrefWidth(HINT_WIDTH);
        VBox card = new VBox(10, title, hint, options, action);
        card.setId(id);
        card.getStyleClass().add("stat-card");
        card.setPadding(new Insets(16));
        card.setMinWidth(380);
        card.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        return grid;
    }

    static CheckBox check(String id, String key, BooleanProperty value) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.textProperty().bind(I18n.text(key));
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /**
     * The opt-in to sensitive fields with its warning, which stays in view whenever the box is
     * shown: including them is recorded in the audit trail and the files need care.
     */
    static VBox sensitiveChoice(String id, BooleanProperty value) {
        CheckBox box = check(id, "ui.export.sensitive", value);
        Label warning = Controls.label("ui.export.sensitiveWarning");
        warning.setId(id + "-warning");
        warning.setWrapText(true);
        // A wrapping label asks for the width of its whole sentence; cap it so the card (and
        // the Spanish text, which is longer) wraps instead of pushing the page sideways.
        warning.setMaxWidth(520);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warning.setGraphic(Controls.icon(MaterialDesignA.ALERT_OUTLINE, 16));
        warning.getStyleClass().add(Styles.DANGER);
        return new VBox(4, box, warning);
    }
}
