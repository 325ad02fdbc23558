package org.campo.form.runtime;

import java.time.Clock;
import java.util.Objects;

/**
 * Who fills the form, on which device and at what time. The clock is injected so that the
 * {@code start}, {@code end} and {@code today} metadata are testable and follow the study's clock.
 *
 * @param location used by {@code odk:setgeopoint} actions (e.g. XLSForm {@code start-geopoint})
 */
public record SessionContext(String deviceId, String userName, Clock clock, LocationProvider location) {
    public SessionContext {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(location, "location");
    }

    /** A context without location: laptops usually have no GPS. */
    public SessionContext(String deviceId, String userName, Clock clock) {
        this(deviceId, userName, clock, LocationProvider.none());
    }
}
