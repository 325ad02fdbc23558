package org.campo.ui.shell;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.campo.common.CampoException;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The last line of defence: any exception nobody caught, on the FX thread or another one, is
 * logged and shown as a translated sentence with what to do next, never as a stack trace.
 *
 * <p>The log gets the exception's English message and stack trace, never field values:
 * Campo's exceptions carry keys and arguments that name files and rows, not answers.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());
    private final DialogService dialogs;
    private boolean showing;

    public ErrorReporter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Becomes the handler for every thread, including the FX application thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        Throwable cause = rootCampoException(failure);
        LOG.log(Level.SEVERE, "Uncaught on " + thread.getName(), failure);
        Message sentence = Message.of(cause);
        if (Platform.isFxApplicationThread()) {
            show(sentence);
        } else {
            Platform.runLater(() -> show(sentence));
        }
    }

    /** One dialog at a time: a failure repeated on every frame must not stack up windows. */
    private void show(Message sentence) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            dialogs.showError(sentence);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
        } finally {
            showing = false;
        }
    }

    /** A CampoException wrapped by JavaFX (e.g. in an event handler) still has the best sentence. */
    static Throwable rootCampoException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CampoException) {
                return t;
            }
        }
        return failure;
    }
}
