package org.campo.form.compile;

import java.util.Map;

/**
 * pyxform features Campo deliberately does not compile, with the reason. Cases from these test
 * modules are reported but left out of the conformance figure.
 */
final class ConformanceScope {
    static final Map<String, String> OUT_OF_SCOPE = Map.of(
            "test_entities", "ODK entities (entity lists, create/update) are not used by Campo studies",
            "test_create_repeat", "ODK entities created from repeats",
            "test_sms", "SMS submission prefixes/compact tags: Campo never submits over SMS",
            "test_osm", "OpenStreetMap tag questions (osm type with osm sheet)");

    private ConformanceScope() {
    }

    static boolean inScope(PyxformCase c) {
        return !OUT_OF_SCOPE.containsKey(c.feature());
    }
}
