package org.campo.ui.dashboard;

/**
 * One bar of a dashboard chart. A suppressed count has no value at all, so a chart cannot draw
 * it by mistake; the view writes "suppressed" in its place.
 *
 * @param label category or day
 * @param count the count, or null when disclosure control hides it
 */
public record Bar(String label, Long count) {
    public boolean suppressed() {
        return count == null;
    }
}
