package org.campo.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campo.common.CampoException;
import org.campo.common.Messages;

/**
 * A sentence kept as key and arguments rather than as text, so a view model can hold an error
 * or hint and the view still shows it in the language chosen after it was produced.
 */
public record Message(String key, List<Object> args) {
    private static final Logger LOG = Logger.getLogger(Message.class.getName());

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

    /**
     * {@link #of(Throwable)} for a failure a view model caught itself: one Campo did not expect
     * is also written to the log with its stack trace, since the sentence asks for the log file.
     */
    public static Message caught(Throwable failure) {
        if (!(failure instanceof CampoException)) {
            LOG.log(Level.SEVERE, "Unexpected failure shown to the user", failure);
        }
        return of(failure);
    }

    public String text() {
        return Messages.get(key, args.toArray());
    }
}
