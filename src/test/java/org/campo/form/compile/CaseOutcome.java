package org.campo.form.compile;

/** Result of checking one pyxform case: passed, or failed with the first reason found. */
record CaseOutcome(PyxformCase testCase, boolean passed, String reason) {
}
