package org.campo.form.runtime;

import java.util.List;

import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;

/**
 * Answers JavaRosa's {@code jr:preload="property"} look-ups (deviceid, username) from the
 * session on whose behalf the engine runs, instead of JavaRosa's persistent property store,
 * which Campo does not set up. Other properties (phone number, SIM serial) have no meaning on a
 * laptop and stay empty.
 */
final class SessionPropertyManager implements IPropertyManager {

    @Override
    public String getSingularProperty(String name) {
        return JavaRosaEnvironment.currentSession().map(session -> {
            switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "deviceid":
                    return session.deviceId();
                case "username":
                    return session.userName();
                default:
                    return null;
            }
        }).orElse(null);
    }

    @Override
    public List<String> getProperty(String name) {
        String value = getSingularProperty(name);
        return value == null ? null : List.of(value);
    }

    @Override
    public void setProperty(String name, String value) {
        // Device properties come from the session; nothing to store.
    }

    @Override
    public void setProperty(String name, List<String> values) {
        // Device properties come from the session; nothing to store.
    }

    @Override
    public void addRules(IPropertyRules rules) {
        // No rules: properties are read-only here.
    }

    @Override
    public List<IPropertyRules> getRules() {
        return List.of();
    }
}
