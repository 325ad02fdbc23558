package org.campo.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;

/** A view model's message as text that follows both the message and the interface language. */
public final class MessageText {
    private MessageText() {
    }

    public static StringBinding of(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : message.getValue().text(),
                message, I18n.localeProperty());
    }
}
