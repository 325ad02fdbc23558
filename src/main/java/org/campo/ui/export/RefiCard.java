package org.campo.ui.export;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.campo.qda.refi.LineEndings;
import org.campo.ui.common.Controls;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The card of the Export section for REFI-QDA projects: export with its options, import, and the last report. */
final class RefiCard {
    private RefiCard() {
    }

    static VBox of(RefiViewModel model) {
        var grid = ExportPanels.grid();
        ComboBox<LineEndings> endings = new ComboBox<>();
        endings.getItems().setAll(LineEndings.values());
        endings.setId("refi-line-endings");
        endings.valueProperty().bindBidirectional(model.lineEndingsProperty());
        grid.addRow(0, Controls.label("ui.export.refi.lineEndings"), endings);
        var endingsHint = Controls.hint("ui.export.refi.lineEndingsHint");
        endingsHint.setPrefWidth(ExportPanels.HINT_WIDTH);
        grid.add(endingsHint, 0, 1, 2, 1);
        if (model.canIncludeSensitive()) {
            grid.add(ExportPanels.sensitiveChoice("refi-sensitive", model.includeSensitiveProperty()), 0, 2, 2, 1);
        }
        Button export = Controls.accentButton("refi-export", "ui.export.refi.run", MaterialDesignF.FILE_EXPORT_OUTLINE);
        export.setDefaultButton(false);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> model.exportProject());
        export.setVisible(model.canExport());
        export.setManaged(model.canExport());
        Button importButton = Controls.button("refi-import", "ui.export.refi.importRun", MaterialDesignF.FILE_IMPORT_OUTLINE);
        importButton.disableProperty().bind(model.runningProperty());
        importButton.setOnAction(e -> model.importProject());
        importButton.setVisible(model.canImport());
        importButton.setManaged(model.canImport());
        HBox actions = new HBox(12, export, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox report = new VBox(4);
        report.setId("refi-report");
        model.reportLines().addListener((javafx.collections.ListChangeListener<String>) c -> {
            report.getChildren().clear();
            for (String line : c.getList()) {
                Label l = new Label(line);
                l.setWrapText(true);
                l.setMaxWidth(560);
                report.getChildren().add(l);
            }
        });
        VBox card = ExportPanels.card("refi-card", "ui.export.refi.title", "ui.export.refi.hint", grid, actions);
        card.getChildren().add(report);
        return card;
    }
}
