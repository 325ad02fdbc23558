package org.campo.ui.consent;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.common.CampoException;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentScript;
import org.campo.consent.ConsentScriptService;
import org.campo.ui.common.Message;

/**
 * The study's consent scripts and adding one. Scripts are never edited: saving a changed text
 * under an existing key and language makes the next version, so every consent record keeps
 * pointing at the exact words the participant heard. Choosing a listed version copies it into
 * the form as the starting point of the next one.
 */
public final class ConsentScriptsViewModel {
    private final ConsentScriptService scripts;
    private final ObservableList<ConsentScript> versions = FXCollections.observableArrayList();
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("es");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final Map<ConsentPermission, BooleanProperty> asks = new EnumMap<>(ConsentPermission.class);
    private final ObjectProperty<Message> result = new SimpleObjectProperty<>();

    public ConsentScriptsViewModel(ConsentScriptService scripts) {
        this.scripts = scripts;
        for (ConsentPermission p : ConsentPermission.values()) {
            asks.put(p, new SimpleBooleanProperty(p == ConsentPermission.PARTICIPATE));
        }
    }

    public void load() {
        versions.setAll(scripts.list().stream().sorted(Comparator.comparing(ConsentScript::key)
                .thenComparing(ConsentScript::language)
                .thenComparing(ConsentScript::version, Comparator.reverseOrder())).toList());
    }

    /** Starts the next version from an existing one. */
    public void copyFrom(ConsentScript script) {
        if (script == null) {
            return;
        }
        key.set(script.key());
        language.set(script.language());
        title.set(script.title());
        body.set(script.body());
        asks.forEach((p, chosen) -> chosen.set(script.asks().contains(p)));
        result.set(null);
    }

    /** Saves the text as a new version; {@link #resultProperty()} says which, or what to correct. */
    public boolean add() {
        Set<ConsentPermission> chosen = EnumSet.noneOf(ConsentPermission.class);
        asks.forEach((p, on) -> {
            if (on.get()) {
                chosen.add(p);
            }
        });
        try {
            ConsentScript added = scripts.add(trim(key), trim(language), trim(title), body.get(), chosen);
            result.set(Message.of("ui.scripts.added", added.label()));
        } catch (CampoException e) {
            result.set(Message.of(e));
            return false;
        }
        load();
        return true;
    }

    private static String trim(StringProperty value) {
        return value.get() == null ? null : value.get().strip();
    }

    /** The first twelve hex digits of the text's SHA-256, enough to compare with a printed record. */
    public static String shortHash(ConsentScript script) {
        return script.sha256().substring(0, 12);
    }

    public ObservableList<ConsentScript> versions() {
        return versions;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public BooleanProperty asks(ConsentPermission permission) {
        return asks.get(permission);
    }

    public ObjectProperty<Message> resultProperty() {
        return result;
    }
}
