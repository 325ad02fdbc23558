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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.merge.MergeService;
import org.campo.study.CreatedStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudyService;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * Joining a coordinator's study from a kit (ADR 11), the screen version of {@code campo study
 * join}: read the kit and show its study and key fingerprint to compare aloud, pick one of its
 * members, choose the laptop's study file and a passphrase, join in the background, show the
 * recovery key once, then open the new study.
 */
public final class JoinStudyViewModel {
    static final String KIT = "campokit";

    private final MergeService merge;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<OpenStudy> onJoined;
    private final Runnable onCancel;

    private final ObjectProperty<Path> kit = new SimpleObjectProperty<>();
    private final ObjectProperty<MergeService.KitSummary> summary = new SimpleObjectProperty<>();
    private final ObservableList<String> members = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectBinding<PassphraseStrength> strength;
    private final ObjectBinding<Message> problem;
    private final BooleanBinding canJoin;

    public JoinStudyViewModel(MergeService merge, TaskExecutor executor, DialogService dialogs,
                              Consumer<OpenStudy> onJoined, Runnable onCancel) {
        this.merge = merge;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onJoined = onJoined;
        this.onCancel = onCancel;
        strength = Bindings.createObjectBinding(() -> PassphraseStrength.of(passphrase.get()), passphrase);
        problem = Bindings.createObjectBinding(this::firstProblem, summary, file, userName, passphrase, confirmation);
        canJoin = problem.isNull().and(busy.not());
    }

    /** What still stops the join, or null when the form is complete. */
    private Message firstProblem() {
        if (summary.get() == null) {
            return Message.of("ui.join.kitRequired");
        }
        if (userName.get() == null || userName.get().isBlank()) {
            return Message.of("ui.join.userRequired");
        }
        if (file.get() == null) {
            return Message.of("ui.create.fileRequired");
        }
        if (passphrase.get().length() < StudyService.MIN_PASSPHRASE) {
            return Message.of("study.passphraseTooShort", StudyService.MIN_PASSPHRASE);
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Message.of("ui.create.mismatch");
        }
        return null;
    }

    /** Asks for the kit and reads what it holds; a file that is not a kit, or a damaged one, is said in a sentence. */
    public void chooseKit() {
        dialogs.chooseFileToOpen(KIT).ifPresent(this::readKit);
    }

    void readKit(Path chosen) {
        error.set(null);
        summary.set(null);
        members.clear();
        kit.set(chosen);
        try {
            MergeService.KitSummary read = merge.describeKit(chosen);
            members.setAll(read.memberNames());
            summary.set(read);
            if (!read.memberNames().contains(userName.get())) {
                userName.set(read.memberNames().size() == 1 ? read.memberNames().get(0) : "");
            }
        } catch (RuntimeException e) {
            error.set(Message.of(e));
        }
    }

    public void chooseFile() {
        MergeService.KitSummary read = summary.get();
        String base = read == null ? "study" : read.studyName().trim().replaceAll("[^\\p{L}\\p{N}-]+", "-");
        String user = userName.get() == null || userName.get().isBlank() ? ""
                : "-" + userName.get().trim().replaceAll("[^\\p{L}\\p{N}-]+", "-");
        dialogs.chooseNewStudyFile(base + user + ".campo").ifPresent(file::set);
    }

    public void join() {
        if (!canJoin.get()) {
            return;
        }
        error.set(null);
        busy.set(true);
        char[] secret = passphrase.get().toCharArray();
        Path kitFile = kit.get();
        Path target = file.get();
        String user = userName.get().trim();
        String name = summary.get().studyName();
        executor.submit("ui.task.joiningStudy",
                progress -> merge.join(kitFile, target, user, secret),
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
        onJoined.accept(created.study());
    }

    public void cancel() {
        clearSecrets();
        onCancel.run();
    }

    private void clearSecrets() {
        passphrase.set("");
        confirmation.set("");
    }

    public ObjectProperty<Path> kitProperty() {
        return kit;
    }

    /** What the chosen kit holds (study name, key fingerprint, members), or null before a kit is read. */
    public ObjectProperty<MergeService.KitSummary> summaryProperty() {
        return summary;
    }

    /** The kit's members one can join as. */
    public ObservableList<String> members() {
        return members;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty userNameProperty() {
        return userName;
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

    public BooleanBinding canJoinProperty() {
        return canJoin;
    }
}
