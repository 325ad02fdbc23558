package org.campo.ui.common;

import java.util.Arrays;
import java.util.List;
import org.campo.common.CampoException;
import org.campo.common.Messages;

/**
 * A sentence kept as key and arguments rather than as text, so a view model can hold an error
 * or hint and the view still shows it in the language chosen after it was produced.
 */
public record Message(String key, List<Object> args) {

    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? List.of() : Arrays.asList(args.clone()));
    }

    /** What users should read for a failure: the exception's own sentence, or the generic one. */
    public static Message of(Throwable failure) {
        if (failure instanceof CampoException ce) {
            return new Message(ce.key(), Arrays.asList(ce.args()));
        }
        return of("common.unexpected", failure.getClass().getSimpleName());
    }

    public String text() {
        return Messages.get(key, args.toArray());
    }
}
