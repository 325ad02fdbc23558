package org.campo.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application (replaced by the shell). */
public class CampoApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Campo"), 800, 600));
        stage.show();
    }
}
