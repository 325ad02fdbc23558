package org.campo.form.runtime;

/** One option of a select question: the stored value and the label in the current language. */
public record ChoiceOption(String value, String label) {
}
