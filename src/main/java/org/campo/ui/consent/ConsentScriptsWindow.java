package org.campo.ui.consent;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.campo.consent.ConsentScriptService;
import org.campo.ui.common.I18n;

/**
 * The consent scripts in a window over the consent capture, so a coordinator who finds a study
 * without a script can add one without leaving the participant's interview.
 */
final class ConsentScriptsWindow {
    private ConsentScriptsWindow() {
    }

    static void open(Node owner, ConsentScriptService scripts, Runnable onClose) {
        ScrollPane content = new ScrollPane(new ConsentScriptsView(new ConsentScriptsViewModel(scripts)));
        content.setFitToWidth(true);
        Scene scene = new Scene(content, 900, 680);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(I18n.get("ui.scripts.title"));
        stage.setScene(scene);
        stage.setOnHidden(e -> onClose.run());
        stage.show();
    }
}
