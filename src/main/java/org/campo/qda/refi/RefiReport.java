package org.campo.qda.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campo.common.Messages;

/**
 * What an exchange did, and what it could not carry. REFI-QDA §7 asks software to tell users,
 * at import and export, which elements are lost; every entry is a translated sentence.
 */
public final class RefiReport {
    /** Whether an entry says what was carried or what was left behind. */
    public enum Kind {
        CARRIED, LOST
    }

    /** One sentence of the report: a message key and its arguments. */
    public record Entry(Kind kind, String key, List<Object> args) {
        public String text(Locale locale) {
            return Messages.get(locale, key, args.toArray());
        }

        public String text() {
            return text(Messages.locale());
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void carried(String key, Object... args) {
        entries.add(new Entry(Kind.CARRIED, key, present(args)));
    }

    void lost(String key, Object... args) {
        entries.add(new Entry(Kind.LOST, key, present(args)));
    }

    /** A missing attribute of a damaged project is reported as empty, not a failure of the report. */
    private static List<Object> present(Object... args) {
        return java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public List<Entry> of(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Whether anything was left behind. */
    public boolean hasLosses() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.LOST);
    }

    /** Whether an entry with this key was recorded. */
    public boolean has(String key) {
        return entries.stream().anyMatch(e -> e.key().equals(key));
    }

    /** Every sentence in the current language, carried first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        of(Kind.CARRIED).forEach(e -> lines.add(e.text()));
        of(Kind.LOST).forEach(e -> lines.add(e.text()));
        return lines;
    }
}
