package org.campo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.campo.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The confirmation dialog speaks the app's language, whatever the JVM's, and keeps Enter and Escape. */
class FxDialogServiceUiTest {
    private final FxRobot robot = new FxRobot();
    private FxDialogService dialogs;
    private Locale jvmLocale;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void spanishAppOnAnEnglishJvm() throws Exception {
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        robot.interact(() -> Messages.setLocale(Locale.forLanguageTag("es")));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
            s.sizeToScene();
            s.show();
        });
        dialogs = new FxDialogService(() -> stage);
    }

    @AfterEach
    void restore() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Locale.setDefault(jvmLocale);
        FxToolkit.cleanupStages();
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm(Message.of("ui.dialog.openFile"))));
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private String buttonText(String style) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> style.equals("default") ? b.isDefaultButton() : b.isCancelButton())
                .map(Button::getText).findFirst().orElseThrow();
    }

    @Test
    void cancelIsInSpanishAndEscapeStillCancels() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        assertThat(buttonText("default")).isEqualTo("Aceptar");
        assertThat(buttonText("cancel")).isEqualTo("Cancelar");
        robot.type(KeyCode.ESCAPE);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void enterStillConfirms() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        robot.type(KeyCode.ENTER);
        assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
