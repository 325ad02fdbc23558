package org.campo.store;

import java.util.Optional;

/** Named study-wide settings (the current shift, per-form configuration). */
public interface SettingsRepository {
    Optional<String> setting(String name);

    void setSetting(String name, String value);

    /**
     * A setting whose value is sealed under the data key and bound to its name (e.g. the names of
     * external coders): for values that identify someone and so must not stay clear.
     */
    Optional<String> sealedSetting(String name);

    void setSealedSetting(String name, String value);
}
