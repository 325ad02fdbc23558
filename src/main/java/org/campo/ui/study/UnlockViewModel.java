package org.campo.ui.study;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.study.StudySummary;
import org.campo.ui.common.Message;

/**
 * The unlock screen: who is working and their passphrase (or the recovery key). The study's
 * name and users are read without any key from {@link StudyService#summary}.
 */
public final class UnlockViewModel {
    private final StudyService studies;
    private final TaskExecutor executor;
    private final Consumer<OpenStudy> onUnlocked;
    private final Runnable onOtherStudy;
    private final StudySummary summary;

    private final ObservableList<String> users;
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty secret = new SimpleStringProperty("");
    private final BooleanProperty useRecoveryKey = new SimpleBooleanProperty(false);
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param lastUser who unlocked last on this laptop, preselected when they are a member
     */
    public UnlockViewModel(StudyService studies, TaskExecutor executor, Path file, String lastUser,
                           Consumer<OpenStudy> onUnlocked, Runnable onOtherStudy) {
        this.studies = studies;
        this.executor = executor;
        this.onUnlocked = onUnlocked;
        this.onOtherStudy = onOtherStudy;
        this.summary = studies.summary(file);
        this.users = FXCollections.observableArrayList(summary.userNames());
        // names can be listed only from a file whose names are not sealed yet; otherwise the last
        // user of this laptop is filled in and a member types their name
        String remembered = lastUser != null ? lastUser
                : org.campo.demo.DemoStudy.NAME.equals(summary.name()) ? org.campo.demo.DemoStudy.USER : null;
        user.set(remembered != null && (users.contains(remembered) || users.isEmpty()) ? remembered
                : users.isEmpty() ? null : users.get(0));
    }

    public void unlock() {
        if (busy.get() || secret.get().isEmpty()) {
            return;
        }
        error.set(null);
        busy.set(true);
        char[] typed = secret.get().toCharArray();
        secret.set("");
        String who = user.get();
        executor.submit("ui.task.unlocking",
                progress -> studies.unlock(summary.file(), who, typed),
                study -> {
                    Arrays.fill(typed, '\0');
                    busy.set(false);
                    onUnlocked.accept(study);
                },
                failure -> {
                    Arrays.fill(typed, '\0');
                    busy.set(false);
                    error.set(Message.of(failure));
                });
    }

    public void otherStudy() {
        secret.set("");
        onOtherStudy.run();
    }

    public StudySummary summary() {
        return summary;
    }

    public String studyName() {
        return summary.name();
    }

    public Path file() {
        return summary.file();
    }

    public ObservableList<String> users() {
        return users;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public BooleanProperty useRecoveryKeyProperty() {
        return useRecoveryKey;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
