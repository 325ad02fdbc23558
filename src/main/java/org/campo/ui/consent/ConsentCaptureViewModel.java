package org.campo.ui.consent;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.consent.ConsentMode;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;
import org.campo.consent.ConsentRequest;
import org.campo.consent.ConsentScript;
import org.campo.consent.ConsentService;
import org.campo.consent.Participant;
import org.campo.ui.common.Message;

/**
 * Capturing one participant's consent as it was given: which script (version and language)
 * was read, how (verbal with the researcher's attestation, written, witnessed), each
 * permission granted or refused, guardian consent and assent for a minor, and where. Nothing
 * is preselected for the permissions: each must be a decision, which the service also checks.
 * A refusal to participate is recorded too; it is part of the consent log.
 */
public final class ConsentCaptureViewModel {
    private final ConsentService consent;
    private final Participant participant;
    private final ObservableList<ConsentScript> scripts = FXCollections.observableArrayList();
    private final ObjectProperty<ConsentScript> script = new SimpleObjectProperty<>();
    private final ObservableList<ConsentPermission> asked = FXCollections.observableArrayList();
    private final Map<ConsentPermission, ObjectProperty<Boolean>> decisions = new EnumMap<>(ConsentPermission.class);
    private final ObjectProperty<ConsentMode> mode = new SimpleObjectProperty<>(ConsentMode.VERBAL);
    private final StringProperty attestation = new SimpleStringProperty();
    private final StringProperty witness = new SimpleStringProperty("");
    private final BooleanProperty minor = new SimpleBooleanProperty();
    private final ObjectProperty<Boolean> guardianConsent = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> assent = new SimpleObjectProperty<>();
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final StringProperty siteCode = new SimpleStringProperty();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final StringBinding scriptText;

    /**
     * @param scripts     every script version of the study
     * @param siteCodes   the study's flow monitoring points
     * @param defaultSite the point of the open shift, if any
     */
    public ConsentCaptureViewModel(ConsentService consent, Participant participant, List<ConsentScript> scripts,
                                   List<String> siteCodes, String defaultSite) {
        this.consent = consent;
        this.participant = participant;
        for (ConsentPermission p : ConsentPermission.values()) {
            decisions.put(p, new SimpleObjectProperty<>());
        }
        this.scripts.setAll(newestFirst(scripts));
        this.sites.setAll(siteCodes);
        this.siteCode.set(defaultSite);
        this.attestation.set(Messages.get("ui.consent.attestation.default"));
        scriptText = Bindings.createStringBinding(() -> script.get() == null ? ""
                : script.get().title() + "\n\n" + script.get().body(), script);
        script.addListener((o, a, b) -> scriptChanged());
        decisions.get(ConsentPermission.PARTICIPATE).addListener((o, a, b) -> {
            if (Boolean.FALSE.equals(b)) {
                asked.stream().filter(p -> p != ConsentPermission.PARTICIPATE)
                        .forEach(p -> decisions.get(p).set(false));
            }
        });
        minor.addListener((o, a, b) -> {
            if (!b) {
                guardianConsent.set(null);
                assent.set(null);
            }
        });
        script.set(defaultScript(Messages.locale()).orElse(null));
    }

    /**
     * Takes the study's scripts again: a coordinator may add the first script from this screen
     * while the participant waits, and consent is then captured against it.
     */
    public void reloadScripts(List<ConsentScript> all) {
        scripts.setAll(newestFirst(all));
        script.set(defaultScript(Messages.locale()).orElse(null));
    }

    private static List<ConsentScript> newestFirst(List<ConsentScript> all) {
        return all.stream().sorted(Comparator.comparing(ConsentScript::key)
                .thenComparing(ConsentScript::language).thenComparing(ConsentScript::version,
                        Comparator.reverseOrder())).toList();
    }

    /** The newest version of the first script in the interface language, else the first listed. */
    private Optional<ConsentScript> defaultScript(Locale locale) {
        return scripts.stream().filter(s -> s.language().equals(locale.getLanguage())).findFirst()
                .or(() -> scripts.stream().findFirst());
    }

    private void scriptChanged() {
        decisions.values().forEach(d -> d.set(null));
        asked.setAll(script.get() == null ? List.of()
                : List.of(ConsentPermission.values()).stream().filter(script.get().asks()::contains).toList());
        error.set(null);
    }

    /**
     * Records the consent. Empty, with {@link #errorProperty()} set to the service's translated
     * reason, when something is missing (a decision, the attestation, the witness…).
     */
    public Optional<ConsentRecord> record() {
        if (script.get() == null) {
            error.set(Message.of("ui.consent.noScript"));
            return Optional.empty();
        }
        Map<ConsentPermission, Boolean> decided = new EnumMap<>(ConsentPermission.class);
        for (ConsentPermission p : asked) {
            decided.put(p, decisions.get(p).get());
        }
        ConsentMode m = mode.get();
        ConsentRequest request = new ConsentRequest(participant.id(), script.get().id(), m, decided,
                m == ConsentMode.VERBAL ? attestation.get() : null, m == ConsentMode.WITNESSED ? witness.get() : null,
                siteCode.get(), minor.get(), minor.get() ? guardianConsent.get() : null,
                minor.get() ? assent.get() : null);
        try {
            ConsentRecord recorded = consent.record(request);
            error.set(null);
            return Optional.of(recorded);
        } catch (CampoException e) {
            error.set(Message.of(e));
            return Optional.empty();
        }
    }

    public Participant participant() {
        return participant;
    }

    public ObservableList<ConsentScript> scripts() {
        return scripts;
    }

    public ObjectProperty<ConsentScript> scriptProperty() {
        return script;
    }

    /** Title and body of the chosen script, as read to the participant. */
    public StringBinding scriptTextProperty() {
        return scriptText;
    }

    /** The permissions the chosen script asks for, participation first. */
    public ObservableList<ConsentPermission> asked() {
        return asked;
    }

    /** Granted (true), refused (false) or not yet decided (null). */
    public ObjectProperty<Boolean> decision(ConsentPermission permission) {
        return decisions.get(permission);
    }

    public ObjectProperty<ConsentMode> modeProperty() {
        return mode;
    }

    public StringProperty attestationProperty() {
        return attestation;
    }

    public StringProperty witnessProperty() {
        return witness;
    }

    public BooleanProperty minorProperty() {
        return minor;
    }

    public ObjectProperty<Boolean> guardianConsentProperty() {
        return guardianConsent;
    }

    public ObjectProperty<Boolean> assentProperty() {
        return assent;
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public StringProperty siteCodeProperty() {
        return siteCode;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }
}
