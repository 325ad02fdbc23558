package org.campo.ui.study;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campo.common.TaskExecutor;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The passphrase typed twice for a new study file, whether created or joined from a kit, and
 * what follows once the file exists: the recovery key shown once, then the study opened. One
 * place, so that both screens hold the same rules and wipe the secret the same way.
 */
final class NewStudySecret {
    final StringProperty passphrase = new SimpleStringProperty("");
    final StringProperty confirmation = new SimpleStringProperty("");
    final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final ObjectBinding<PassphraseStrength> strength =
            Bindings.createObjectBinding(() -> PassphraseStrength.of(passphrase.get()), passphrase);

    /** What is wrong with the passphrase as typed, or null. */
    Message problem() {
        if (passphrase.get().length() < StudyService.MIN_PASSPHRASE) {
            return Message.of("study.passphraseTooShort", StudyService.MIN_PASSPHRASE);
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Message.of("ui.create.mismatch");
        }
        return null;
    }

    /**
     * Runs {@code create} in the background with a copy of the passphrase (wiped afterwards),
     * then shows the recovery key once and hands the open study on; a failure is kept as the
     * error, with what was typed left in place.
     */
    void create(TaskExecutor executor, DialogService dialogs, String taskKey, String studyName,
                Function<char[], CreatedStudy> create, Consumer<OpenStudy> then) {
        error.set(null);
        busy.set(true);
        char[] secret = passphrase.get().toCharArray();
        executor.submit(taskKey,
                progress -> create.apply(secret),
                created -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    clear();
                    try {
                        dialogs.showRecoveryKey(studyName, created.recoveryKey());
                    } finally {
                        Arrays.fill(created.recoveryKey(), '\0');
                    }
                    then.accept(created.study());
                },
                failure -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    error.set(Message.of(failure));
                });
    }

    void clear() {
        passphrase.set("");
        confirmation.set("");
    }
}
