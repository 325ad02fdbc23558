package org.campo.study;

/**
 * A new, unlocked study and its recovery key. The recovery key is shown once and never
 * stored in clear; whoever creates the study must print or write it down.
 */
public record CreatedStudy(OpenStudy study, char[] recoveryKey) {
}
