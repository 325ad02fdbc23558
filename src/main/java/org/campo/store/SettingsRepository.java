package org.campo.store;

import java.util.Optional;

/** Named study-wide settings (the current shift, per-form configuration). */
public interface SettingsRepository {
    Optional<String> setting(String name);

    void setSetting(String name, String value);
}
