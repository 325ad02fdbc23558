package org.campo.ui.forms;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.campo.form.runtime.PromptType;
import org.campo.ui.common.I18n;

/** The running app's file choosers for the forms screens. */
public final class FxAttachmentChooser implements AttachmentChooser {
    private final Supplier<Window> owner;

    public FxAttachmentChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseWorkbook() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("ui.forms.import.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("ui.forms.import.workbooks"),
                "*.xlsx", "*.xls", "*.csv", "*.md"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseAttachment(PromptType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("ui.forms.attachment.chooserTitle"));
        switch (type) {
            case IMAGE -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get("ui.forms.attachment.images"), "*.jpg", "*.jpeg", "*.png"));
            case AUDIO -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    I18n.get("ui.forms.attachment.audio"), "*.mp3", "*.m4a", "*.wav", "*.ogg", "*.amr"));
            default -> { }
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }
}
