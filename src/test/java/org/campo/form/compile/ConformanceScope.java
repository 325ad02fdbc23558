package org.campo.form.compile;

import java.util.LinkedHashMap;
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

    /**
     * Single cases of in-scope modules left out, each with its reason (docs/forms-conformance.md
     * repeats them). Only for cases where reproducing pyxform would produce an XForm that JavaRosa,
     * Campo's form engine, cannot read.
     */
    static final Map<String, String> EXCLUDED_CASES = excludedCases();

    private ConformanceScope() {
    }

    static boolean inScope(PyxformCase c) {
        return !OUT_OF_SCOPE.containsKey(c.feature()) && !EXCLUDED_CASES.containsKey(c.caseId());
    }

    private static Map<String, String> excludedCases() {
        Map<String, String> cases = new LinkedHashMap<>();
        String doubleEscaped = "pyxform escapes '<', '>' and '&' of an instance expression in a label twice, so the "
                + "<output value> holds '&lt;'; JavaRosa rejects that XPath ('Invalid XPath expression in <output>'). "
                + "Campo escapes it once, which JavaRosa evaluates";
        for (int i = 49; i <= 56; i++) {
            cases.put("test_notes__TestNotes__test_instance_expression__permutations__" + i, doubleEscaped);
        }
        return cases;
    }
}
