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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.TaskExecutor;
import org.campo.merge.MergeService;
import org.campo.study.OpenStudy;
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
    private final NewStudySecret secret = new NewStudySecret();
    private final ObjectProperty<Message> error = secret.error;
    private final ObjectBinding<Message> problem;
    private final BooleanBinding canJoin;

    public JoinStudyViewModel(MergeService merge, TaskExecutor executor, DialogService dialogs,
                              Consumer<OpenStudy> onJoined, Runnable onCancel) {
        this.merge = merge;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onJoined = onJoined;
        this.onCancel = onCancel;
        problem = Bindings.createObjectBinding(this::firstProblem, summary, file, userName, secret.passphrase,
                secret.confirmation);
        canJoin = problem.isNull().and(secret.busy.not());
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
        return secret.problem();
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
            error.set(Message.caught(e));
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
        Path kitFile = kit.get();
        Path target = file.get();
        String user = userName.get().trim();
        secret.create(executor, dialogs, "ui.task.joiningStudy", summary.get().studyName(),
                passphrase -> merge.join(kitFile, target, user, passphrase), onJoined);
    }

    public void cancel() {
        secret.clear();
        onCancel.run();
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
        return secret.passphrase;
    }

    public StringProperty confirmationProperty() {
        return secret.confirmation;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
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

    public BooleanBinding canJoinProperty() {
        return canJoin;
    }
}
