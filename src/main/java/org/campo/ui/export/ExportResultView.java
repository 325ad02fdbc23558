package org.campo.ui.export;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.campo.ui.common.Controls;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** What the last export wrote: how many submissions, each file, and the sensitive-fields note. */
final class ExportResultView extends VBox {

    ExportResultView(ExportViewModel model) {
        super(6);
        setId("export-result");
        setPadding(new Insets(12, 16, 12, 16));
        getStyleClass().add("stat-card");
        visibleProperty().bind(model.outcomeProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        model.outcomeProperty().addListener((obs, old, outcome) -> show(outcome));
    }

    private void show(ExportOutcome outcome) {
        getChildren().clear();
        if (outcome == null) {
            return;
        }
        Label headline = Controls.label("ui.export.done", outcome.submissions(), outcome.files().size());
        headline.setId("export-done");
        headline.setGraphic(Controls.icon(MaterialDesignC.CHECK_CIRCLE_OUTLINE, 18));
        headline.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLD);
        getChildren().add(headline);
        for (var file : outcome.files()) {
            Label line = new Label(file.toString());
            line.getStyleClass().add("export-file");
            line.setGraphic(Controls.icon(MaterialDesignF.FILE_OUTLINE, 16));
            getChildren().add(line);
        }
        if (outcome.sensitiveOmitted()) {
            Label note = Controls.hint("ui.export.sensitiveOmitted");
            note.setId("export-sensitive-omitted");
            getChildren().add(note);
        }
    }
}
