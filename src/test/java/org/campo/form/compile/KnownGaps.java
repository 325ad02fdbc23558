package org.campo.form.compile;

import java.util.Set;

/**
 * Recommended pairs that do not yet compile to pyxform's output, listed so the test catches
 * regressions elsewhere while these are worked on; docs/forms-conformance.md explains each.
 */
final class KnownGaps {
    static final Set<String> RECOMMENDED_PAIRS = Set.of();

    private KnownGaps() {
    }
}
