package org.campo.ui.frame;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.kordamp.ikonli.Ikon;

/** What a section shows while it has nothing to work on yet (e.g. before a form is imported). */
public final class EmptySectionView extends VBox {

    public EmptySectionView(Ikon icon, String titleKey, String textKey) {
        setId("empty-section");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(Double.MAX_VALUE);
        var graphic = Controls.icon(icon, 48);
        graphic.getStyleClass().add("empty-icon");
        Label title = Controls.label(titleKey);
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = Controls.hint(textKey);
        text.setMaxWidth(420);
        text.setStyle("-fx-text-alignment: center;");
        getChildren().addAll(graphic, title, text);
    }
}
