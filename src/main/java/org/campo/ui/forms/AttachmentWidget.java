package org.campo.ui.forms;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.Prompt;
import org.campo.ui.common.Controls;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Image, audio, video and file questions: a file chooser whose file name becomes the answer.
 * The file's bytes are not yet copied into the study, which the widget says plainly so nobody
 * deletes the original believing it is stored.
 */
final class AttachmentWidget implements PromptWidget {
    private final VBox box;
    private final Button choose;

    AttachmentWidget(Prompt prompt, AnswerSink sink, AttachmentChooser chooser) {
        String name = Prompts.name(prompt);
        Label file = new Label(prompt.answer().map(Answer::toXFormValue).orElse(""));
        file.setId("q-" + name + "-file");
        choose = Controls.button("q-" + name, "ui.forms.attachment.choose", MaterialDesignP.PAPERCLIP);
        choose.setDisable(prompt.readOnly());
        Button clear = Controls.button("q-" + name + "-clear", "ui.forms.attachment.clear", MaterialDesignC.CLOSE);
        clear.setDisable(prompt.readOnly());
        choose.setOnAction(e -> chooser.chooseAttachment(prompt.type()).ifPresent(path -> {
            String fileName = path.getFileName().toString();
            if (sink.answer(prompt.ref(), new Answer.FileName(fileName))) {
                file.setText(fileName);
            }
        }));
        clear.setOnAction(e -> {
            sink.clear(prompt.ref());
            file.setText("");
        });
        HBox row = new HBox(8, choose, clear, file);
        row.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(4, row, Controls.hint("ui.forms.attachment.later"));
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return choose;
    }
}
