package org.campo.form.runtime;

import java.util.Optional;

/**
 * Where the device is, for {@code odk:setgeopoint}. Laptops at a border post rarely have GPS, so
 * the usual providers are {@link #none()} (the field stays empty) or {@link #fixed} with the
 * coordinates of the flow monitoring site.
 */
@FunctionalInterface
public interface LocationProvider {
    Optional<Answer.GeoPoint> currentLocation();

    static LocationProvider none() {
        return Optional::empty;
    }

    static LocationProvider fixed(Answer.GeoPoint site) {
        Optional<Answer.GeoPoint> location = Optional.of(site);
        return () -> location;
    }
}
