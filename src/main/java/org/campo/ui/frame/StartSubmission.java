package org.campo.ui.frame;

/**
 * A request handed to the section that collects data ({@code forms}): open a new submission of
 * this form at once (the current shift's point and date are filled in as usual). Home sends it
 * from its "start the next survey" button.
 */
public record StartSubmission(String formId) {
}
