package org.campo.ui.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.CampoException;
import org.campo.consent.Participant;
import org.campo.consent.ParticipantAttributes;
import org.campo.consent.ParticipantCode;
import org.campo.consent.ParticipantService;
import org.campo.ui.common.Message;

/**
 * The first step of an interview: choose an existing pseudonymous participant or register a
 * new code ({@code KI-GOV-03}, {@code P-014}) with optional attributes. Withdrawn participants
 * are not offered: nothing more may be collected from them.
 */
public final class ParticipantPickerViewModel {
    /** The attributes offered when registering, in display order; all optional. */
    public static final List<String> ATTRIBUTES = List.of(ParticipantAttributes.INFORMANT_TYPE,
            ParticipantAttributes.SECTOR, ParticipantAttributes.GENDER_IDENTITY,
            ParticipantAttributes.SEXUAL_ORIENTATION, ParticipantAttributes.AGE_BAND, ParticipantAttributes.NATIONALITY);

    private final ParticipantService participants;
    private final ObservableList<Participant> existing = FXCollections.observableArrayList();
    private final ObjectProperty<Participant> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creatingNew = new SimpleBooleanProperty();
    private final StringProperty newCode = new SimpleStringProperty("");
    private final Map<String, StringProperty> attributes = new LinkedHashMap<>();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final String exampleCode;

    public ParticipantPickerViewModel(ParticipantService participants, String exampleCode) {
        this.participants = participants;
        this.exampleCode = exampleCode;
        ATTRIBUTES.forEach(a -> attributes.put(a, new SimpleStringProperty("")));
        existing.setAll(participants.list().stream().filter(p -> !p.withdrawn()).toList());
        creatingNew.set(existing.isEmpty());
        selected.addListener((o, a, b) -> error.set(null));
        newCode.addListener((o, a, b) -> error.set(null));
    }

    /**
     * The chosen participant, registering a new code first; empty (with {@link #errorProperty()}
     * set to a translated sentence) when no participant is chosen or the code is not valid.
     */
    public Optional<Participant> resolve() {
        if (!creatingNew.get()) {
            if (selected.get() == null) {
                error.set(Message.of("ui.consent.participant.chooseOne"));
            }
            return Optional.ofNullable(selected.get());
        }
        String code = newCode.get() == null ? "" : newCode.get().trim();
        if (!ParticipantCode.isValid(code)) {
            error.set(Message.of("consent.codeInvalid", code));
            return Optional.empty();
        }
        if (participants.findByCode(code).isPresent()) {
            error.set(Message.of("ui.consent.participant.codeTaken", code));
            return Optional.empty();
        }
        try {
            return Optional.of(participants.register(code, filledAttributes()));
        } catch (CampoException e) {
            error.set(Message.of(e));
            return Optional.empty();
        }
    }

    private Map<String, String> filledAttributes() {
        Map<String, String> filled = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v.get() != null && !v.get().isBlank()) {
                filled.put(k, v.get().strip());
            }
        });
        return filled;
    }

    public ObservableList<Participant> existing() {
        return existing;
    }

    public ObjectProperty<Participant> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingNewProperty() {
        return creatingNew;
    }

    public StringProperty newCodeProperty() {
        return newCode;
    }

    public StringProperty attribute(String name) {
        return attributes.get(name);
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    public String exampleCode() {
        return exampleCode;
    }
}
