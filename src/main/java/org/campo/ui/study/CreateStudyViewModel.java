package org.campo.ui.study;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campo.common.TaskExecutor;
import org.campo.model.Role;
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
    private final NewStudySecret secret = new NewStudySecret();
    private final ObjectBinding<Message> problem;
    private final BooleanBinding canCreate;

    public CreateStudyViewModel(StudyService studies, TaskExecutor executor, DialogService dialogs,
                                Consumer<OpenStudy> onCreated, Runnable onCancel) {
        this.studies = studies;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onCreated = onCreated;
        this.onCancel = onCancel;
        problem = Bindings.createObjectBinding(this::firstProblem, file, studyName, userName, secret.passphrase,
                secret.confirmation);
        canCreate = problem.isNull().and(secret.busy.not());
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
        return secret.problem();
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
        Path target = file.get();
        String name = studyName.get().trim();
        String user = userName.get().trim();
        Role chosenRole = role.get();
        secret.create(executor, dialogs, "ui.task.creatingStudy", name,
                passphrase -> studies.create(target, name, user, chosenRole, passphrase), onCreated);
    }

    public void cancel() {
        secret.clear();
        onCancel.run();
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
        return secret.passphrase;
    }

    public StringProperty confirmationProperty() {
        return secret.confirmation;
    }

    public ObjectProperty<Message> errorProperty() {
        return secret.error;
    }

    public BooleanProperty busyProperty() {
        return secret.busy;
    }

    public ObjectBinding<PassphraseStrength> strengthProperty() {
        return secret.strength;
    }

    public ObjectBinding<Message> problemProperty() {
        return problem;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
