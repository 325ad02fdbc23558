package org.campo.consent;

/**
 * One line of the consent log: a consent record, the participant's withdrawal if any, and
 * whether audit verification found the consent row (or its script) changed outside Campo.
 */
public record ConsentLogEntry(ConsentRecord consent, Withdrawal withdrawal, boolean tampered) {
}
