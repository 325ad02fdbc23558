package org.campo.form.runtime;

/**
 * One line of the jump-to-question list.
 *
 * @param ref      where {@link FormSession#jumpTo} goes
 * @param depth    nesting depth for indentation (0 at the top level)
 * @param answered whether a question has an answer (always false for groups)
 */
public record OutlineEntry(String ref, Kind kind, String label, int depth, boolean answered) {
    public enum Kind { GROUP, REPEAT_INSTANCE, QUESTION }
}
