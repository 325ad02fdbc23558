package org.campo.ui.forms;

import java.time.ZoneId;
import org.campo.form.runtime.Prompt;

/** Chooses the widget for a prompt from its type and appearance. */
final class PromptWidgets {
    private final AnswerSink sink;
    private final AttachmentChooser chooser;
    private final ZoneId zone;

    PromptWidgets(AnswerSink sink, AttachmentChooser chooser, ZoneId zone) {
        this.sink = sink;
        this.chooser = chooser;
        this.zone = zone;
    }

    PromptWidget create(Prompt prompt) {
        return switch (prompt.type()) {
            case TEXT, BARCODE, DECIMAL -> new TextWidget(prompt, sink);
            case INTEGER -> Appearances.has(prompt, "counter") ? new CounterWidget(prompt, sink)
                    : new TextWidget(prompt, sink);
            case RANGE -> new RangeWidget(prompt, sink);
            case SELECT_ONE -> new SelectOneWidget(prompt, sink);
            case SELECT_MULTIPLE, RANK -> new SelectMultipleWidget(prompt, sink);
            case DATE, TIME, DATETIME -> new DateTimeWidget(prompt, sink, zone);
            case GEOPOINT -> new GeoPointWidget(prompt, sink);
            case ACKNOWLEDGE -> new AcknowledgeWidget(prompt, sink);
            case IMAGE, AUDIO, VIDEO, FILE -> new AttachmentWidget(prompt, sink, chooser);
            case NOTE, GEOTRACE, GEOSHAPE, UNSUPPORTED -> new NoteWidget(prompt);
        };
    }
}
