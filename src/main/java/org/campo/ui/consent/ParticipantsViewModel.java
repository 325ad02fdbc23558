package org.campo.ui.consent;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.CampoException;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.Message;

/**
 * The participants of the study, for recording a withdrawal. Destroying data cannot be undone,
 * so the confirmation names the participant and how many submissions will be deleted.
 */
public final class ParticipantsViewModel {
    private final ConsentServices consent;
    private final DialogService dialogs;
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObjectProperty<Participant> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<WithdrawalScope> scope = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Message> result = new SimpleObjectProperty<>();

    public ParticipantsViewModel(ConsentServices consent, DialogService dialogs) {
        this.consent = consent;
        this.dialogs = dialogs;
    }

    public void load() {
        participants.setAll(consent.participants().list());
    }

    /** Asks for confirmation, then records the withdrawal; the result says what happened. */
    public void withdraw() {
        Participant p = selected.get();
        if (p == null) {
            result.set(Message.of("ui.consent.participant.chooseOne"));
            return;
        }
        if (scope.get() == null) {
            result.set(Message.of("consent.withdrawal.scopeRequired"));
            return;
        }
        Message question = scope.get() == WithdrawalScope.DESTROY
                ? Message.of("ui.consent.withdraw.confirmDestroy", p.code(),
                        consent.participants().submissions(p.id()).size())
                : Message.of("ui.consent.withdraw.confirmKeep", p.code());
        if (!dialogs.confirm(question)) {
            return;
        }
        try {
            consent.withdrawals().withdraw(p.id(), scope.get(), reason.get());
            result.set(Message.of("ui.consent.withdraw.done", p.code()));
            scope.set(null);
            reason.set("");
            load();
        } catch (CampoException e) {
            result.set(Message.of(e));
        }
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    public ObjectProperty<Participant> selectedProperty() {
        return selected;
    }

    public ObjectProperty<WithdrawalScope> scopeProperty() {
        return scope;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Message> resultProperty() {
        return result;
    }
}
