package org.campo.ui.study;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campo.common.TaskExecutor;
import org.campo.model.Role;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The new-study form: validates as the user types, creates the study in the background (the
 * key derivation takes a moment), then shows the recovery key once before opening the study.
 */
public final class CreateStudyViewModel {
    private final StudyService studies;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<OpenStudy> onCreated;
    private final Runnable onCancel;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty studyName = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.COORDINATOR);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectBinding<PassphraseStrength> strength;
    private final ObjectBinding<Message> problem;
    private final BooleanBinding canCreate;

    public CreateStudyViewModel(StudyService studies, TaskExecutor executor, DialogService dialogs,
                                Consumer<OpenStudy> onCreated, Runnable onCancel) {
        this.studies = studies;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onCreated = onCreated;
        this.onCancel = onCancel;
        strength = Bindings.createObjectBinding(() -> PassphraseStrength.of(passphrase.get()), passphrase);
        problem = Bindings.createObjectBinding(this::firstProblem, file, studyName, userName, passphrase,
                confirmation);
        canCreate = problem.isNull().and(busy.not());
    }

    /** What still stops the study from being created, or null when the form is complete. */
    private Message firstProblem() {
        if (studyName.get().isBlank()) {
            return Message.of("study.nameRequired");
        }
        if (file.get() == null) {
            return Message.of("ui.create.fileRequired");
        }
        if (userName.get().isBlank()) {
            return Message.of("study.userNameInvalid");
        }
        if (passphrase.get().length() < StudyService.MIN_PASSPHRASE) {
            return Message.of("study.passphraseTooShort", StudyService.MIN_PASSPHRASE);
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Message.of("ui.create.mismatch");
        }
        return null;
    }

    public void chooseFile() {
        String suggested = studyName.get().isBlank() ? "study.campo"
                : studyName.get().trim().replaceAll("[^\\p{L}\\p{N}-]+", "-") + ".campo";
        dialogs.chooseNewStudyFile(suggested).ifPresent(file::set);
    }

    public void create() {
        if (!canCreate.get()) {
            return;
        }
        error.set(null);
        busy.set(true);
        char[] secret = passphrase.get().toCharArray();
        Path target = file.get();
        String name = studyName.get().trim();
        String user = userName.get().trim();
        Role chosenRole = role.get();
        executor.submit("ui.task.creatingStudy",
                progress -> studies.create(target, name, user, chosenRole, secret),
                created -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    clearSecrets();
                    showRecoveryKeyThenOpen(name, created);
                },
                failure -> {
                    Arrays.fill(secret, '\0');
                    busy.set(false);
                    error.set(Message.of(failure));
                });
    }

    private void showRecoveryKeyThenOpen(String name, CreatedStudy created) {
        try {
            dialogs.showRecoveryKey(name, created.recoveryKey());
        } finally {
            Arrays.fill(created.recoveryKey(), '\0');
        }
        onCreated.accept(created.study());
    }

    public void cancel() {
        clearSecrets();
        onCancel.run();
    }

    private void clearSecrets() {
        passphrase.set("");
        confirmation.set("");
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty studyNameProperty() {
        return studyName;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectBinding<PassphraseStrength> strengthProperty() {
        return strength;
    }

    public ObjectBinding<Message> problemProperty() {
        return problem;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
