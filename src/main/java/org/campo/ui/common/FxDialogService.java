package org.campo.ui.common;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The {@link DialogService} of the running app: JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {
    private static final String EXTENSION = "*.campo";
    private static final String STYLESHEET =
            FxDialogService.class.getResource("/org/campo/ui/campo.css").toExternalForm();
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseNewStudyFile(String suggestedName) {
        FileChooser chooser = studyChooser("ui.dialog.newStudyFile");
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName();
        return Optional.of(name.endsWith(".campo") ? file.toPath() : file.toPath().resolveSibling(name + ".campo"));
    }

    @Override
    public Optional<Path> chooseStudyFile() {
        File file = studyChooser("ui.dialog.openStudyFile").showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.get("ui.dialog.exportFolder"));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, String extension) {
        return chooseExportFile(suggestedName, extension, "ui.dialog.exportFile");
    }

    @Override
    public Optional<Path> chooseExportFile(String suggestedName, String extension, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get(titleKey));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? file.toPath()
                : file.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("ui.dialog.openFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showOpenDialog(owner.get());
        return file == null ? Optional.empty() : Optional.of(file.toPath());
    }

    @Override
    public java.util.List<Path> chooseFilesToOpen(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("ui.dialog.openFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }

    private FileChooser studyChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("ui.dialog.studyFiles"), EXTENSION));
        return chooser;
    }

    /**
     * The key is shown in a read-only field (selectable for copying) with a copy button; OK is
     * only enabled once the user ticks "I have written it down", because the key is never shown
     * again and is the only way back in when every passphrase is forgotten.
     */
    @Override
    public void showRecoveryKey(String studyName, char[] recoveryKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(I18n.get("ui.recovery.title"));
        dialog.setHeaderText(I18n.get("ui.recovery.header", studyName));

        TextField keyField = new TextField(new String(recoveryKey));
        keyField.setId("recovery-key");
        keyField.setEditable(false);
                keyField.getStyleClass().add("recovery-key");
        HBox.setHgrow(keyField, Priority.ALWAYS);
        var copy = Controls.button("recovery-copy", "ui.recovery.copy", MaterialDesignC.CONTENT_COPY);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(keyField.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label guidance = new Label(I18n.get("ui.recovery.guidance"));
        guidance.setWrapText(true);
        Label clipboardWarning = new Label(I18n.get("ui.recovery.clipboardWarning"));
        clipboardWarning.setWrapText(true);
        clipboardWarning.getStyleClass().add(Styles.TEXT_MUTED);
        CheckBox writtenDown = new CheckBox(I18n.get("ui.recovery.writtenDown"));
        writtenDown.setId("recovery-written-down");

        copy.setMinWidth(Button.USE_PREF_SIZE);
        keyField.setPrefWidth(580);
        VBox content = new VBox(12, guidance, new HBox(8, keyField, copy), clipboardWarning, writtenDown);
        content.setPadding(new Insets(16));
        // Wrapped labels would otherwise ask for one long line's width.
        content.setPrefWidth(700);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        ButtonType ok = new ButtonType(I18n.get("ui.recovery.done"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(ok);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(writtenDown.selectedProperty().not());
        dialog.setOnCloseRequest(e -> {
            if (!writtenDown.isSelected()) {
                e.consume();
            }
        });
        dialog.showAndWait();
        keyField.clear();
        Clipboard.getSystemClipboard().clear();
    }

    @Override
    public void showError(Message problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok());
        alert.initOwner(owner.get());
        alert.setTitle(I18n.get("ui.error.title"));
        alert.setHeaderText(problem.text());
        alert.setContentText(I18n.get("ui.error.next"));
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(Message question) {
        ButtonType ok = ok();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ok, cancel());
        alert.initOwner(owner.get());
        alert.setTitle(I18n.get("ui.confirm.title"));
        alert.setHeaderText(question.text());
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /*
     * JavaFX's ButtonType.OK and CANCEL take their text from the JVM's default locale, not the
     * language chosen in Campo; these carry the same button data, so Enter and Escape still answer.
     */
    static ButtonType ok() {
        return new ButtonType(I18n.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel() {
        return new ButtonType(I18n.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
