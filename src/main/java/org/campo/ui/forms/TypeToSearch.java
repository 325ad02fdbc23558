package org.campo.ui.forms;

import java.util.List;
import java.util.function.LongSupplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Type-to-search in a choice list: letters typed while the question has the focus find the
 * first option whose label starts with them (ignoring case and accents), else one with a word
 * starting with them, else one containing them. This is the keyboard way to options beyond
 * the ninth (digits 1–9 pick the first nine). A pause longer than {@link #RESET_NANOS} starts
 * a new search; Backspace removes the last letter and Escape clears it.
 */
final class TypeToSearch {
    static final long RESET_NANOS = 1_500_000_000L;
    private final StringBuilder typed = new StringBuilder();
    private final LongSupplier clock;
    private long last;

    TypeToSearch() {
        this(System::nanoTime);
    }

    TypeToSearch(LongSupplier clock) {
        this.clock = clock;
    }

    /** What has been typed so far (shown beside the list). */
    String text() {
        return typed.toString();
    }

    /**
     * Takes a key event; returns true when it changed the search (the caller then looks for
     * {@link #find}). Only letters, and spaces or digits after a letter, are taken, so digits
     * alone keep choosing by position and Space keeps ticking.
     */
    boolean take(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return false;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (e.getCode() == KeyCode.BACK_SPACE && !typed.isEmpty()) {
                typed.setLength(typed.length() - 1);
                last = clock.getAsLong();
                return true;
            }
            if (e.getCode() == KeyCode.ESCAPE && !typed.isEmpty()) {
                typed.setLength(0);
                return true;
            }
            return false;
        }
        if (e.getEventType() != KeyEvent.KEY_TYPED || e.getCharacter().isEmpty()) {
            return false;
        }
        return take(e.getCharacter().charAt(0));
    }

    boolean take(char c) {
        long now = clock.getAsLong();
        if (!typed.isEmpty() && now - last > RESET_NANOS) {
            typed.setLength(0);
        }
        boolean accepted = Character.isLetter(c) || !typed.isEmpty() && (c == ' ' || Character.isDigit(c));
        if (accepted) {
            typed.append(c);
            last = now;
        }
        return accepted;
    }

    /** The index of the best match for what was typed among {@code labels}, or -1. */
    int find(List<String> labels) {
        String needle = Folding.fold(typed.toString());
        if (needle.isBlank()) {
            return -1;
        }
        int wordStart = -1;
        int contains = -1;
        for (int i = 0; i < labels.size(); i++) {
            String label = Folding.fold(labels.get(i));
            if (label.startsWith(needle)) {
                return i;
            }
            if (wordStart < 0 && (" " + label).contains(" " + needle)) {
                wordStart = i;
            }
            if (contains < 0 && label.contains(needle)) {
                contains = i;
            }
        }
        return wordStart >= 0 ? wordStart : contains;
    }
}
