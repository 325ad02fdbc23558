package org.campo.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip at the bottom of the main window that shows the running task's title, its
 * progress and a Cancel button; hidden when nothing runs.
 */
public final class TaskStatusBar extends HBox {

    public TaskStatusBar(FxTaskExecutor executor) {
        setId("task-status");
        getStyleClass().add("task-status");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(8, 16, 8, 16));

        Label title = new Label();
        title.setId("task-title");
        title.textProperty().bind(executor.titleProperty());
        Label detail = new Label();
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.textProperty().bind(executor.detailProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(executor.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button();
        cancel.setId("task-cancel");
        cancel.textProperty().bind(I18n.text("ui.task.cancel"));
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setOnAction(e -> executor.cancelCurrent());

        getChildren().addAll(title, bar, detail, spacer, cancel);
        visibleProperty().bind(executor.runningProperty());
        managedProperty().bind(visibleProperty());
    }
}
