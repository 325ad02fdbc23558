package org.campo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.campo.audit.AuditEntry;
import org.campo.common.Messages;
import org.campo.model.Correction;

/**
 * An audit entry as one sentence in the UI language, for the Audit section and for a
 * submission's own trail on the Data screen (one renderer for both).
 *
 * <p>Entries store their details as short {@code name=value} notes in English (they are part of
 * the hash chain, so old entries keep the notes they were written with). The sentence for
 * action {@code a} is {@code ui.audit.sentence.a}; where one action is written in several
 * shapes, a more precise sentence {@code ui.audit.sentence.a.w} is chosen by the first word
 * {@code w} of the details (a bare word or a name) that has one. {@link #ARGUMENTS} names which
 * details fill the sentence's {@code {0}}, {@code {1}}...; codes such as roles, shifts or
 * review states are translated, dates follow the language's order, and a form named by its id
 * ({@code form=...}) is shown by the title a lookup given by the screen returns, or by its id
 * when the lookup does not know it (a form deleted, or from another study).
 */
public final class AuditSentences {
    /** The details, by name, that fill each sentence's placeholders, in order. */
    static final Map<String, List<String>> ARGUMENTS = Map.ofEntries(
            Map.entry("study.created", List.of("role")),
            Map.entry("study.backup", List.of("file")),
            Map.entry("study.metadataSealed", List.of("entries")),
            Map.entry("member.added", List.of("user", "role")),
            Map.entry("member.role.changed", List.of("user", "role")),
            Map.entry("site.added", List.of("code")),
            Map.entry("site.changed", List.of("code")),
            Map.entry("site.retired", List.of("code")),
            Map.entry("site.reactivated", List.of("code")),
            Map.entry("form.imported", List.of("form", "version")),
            Map.entry("submission.created", List.of("form", "version")),
            Map.entry("submission.finalized.demo", List.of("form", "participant")),
            Map.entry("submission.deleted", List.of("status")),
            Map.entry("submission.deleted.participant", List.of("participant")),
            Map.entry("submission.imported", List.of("form", "instanceID")),
            Map.entry("submission.imported.nothing", List.of("form")),
            Map.entry("submission.imported.demo", List.of("submissions", "form")),
            Map.entry("submission.indexed", List.of("count")),
            Map.entry("submission.sealed", List.of("count")),
            Map.entry("submission.corrected", List.of("question", "rev")),
            Map.entry("submission.reviewed", List.of("status")),
            Map.entry("consent.script.added", List.of("key", "version", "language")),
            Map.entry("consent.script.assigned", List.of("key", "form")),
            Map.entry("consent.recorded", List.of("participant", "script", "participate")),
            Map.entry("participant.added", List.of("code")),
            Map.entry("participant.withdrawn", List.of("participant", "scope")),
            Map.entry("participant.changed", List.of("code")),
            Map.entry("participant.changed.withdrawn", List.of("code")),
            Map.entry("participant.erased", List.of("code")),
            Map.entry("shift.started", List.of("site", "date", "shift")),
            Map.entry("shift.ended", List.of("site")),
            Map.entry("export.dataset", List.of("form", "format", "submissions")),
            Map.entry("export.summary", List.of("form", "format", "submissions")),
            Map.entry("export.kind", List.of("kind", "format")),
            Map.entry("export.matrix", List.of("by", "format")),
            Map.entry("export.quotes", List.of("quotes", "format")),
            Map.entry("export.participants", List.of("by", "format")),
            Map.entry("export.transcripts", List.of("sources", "format")),
            Map.entry("export.agreement", List.of("coders", "sources")),
            Map.entry("export.sensitive.included.form", List.of("form", "format")),
            Map.entry("merge.kit.written", List.of("forms", "members")),
            Map.entry("merge.joined", List.of("forms")),
            Map.entry("merge.key.created", List.of("fingerprint")),
            Map.entry("merge.package.written", List.of("file")),
            Map.entry("merge.package.merged", List.of("added", "conflicts", "removed")),
            Map.entry("merge.conflict", List.of("instanceID")),
            Map.entry("qda.source.added", List.of("kind")),
            Map.entry("qda.source.changed.text", List.of("moved", "detached")),
            Map.entry("qda.source.deleted", List.of("codings", "memos")),
            Map.entry("qda.source.deleted.withdrawal", List.of("sources", "codings", "memos")),
            Map.entry("qda.code.merged", List.of("codings")),
            Map.entry("qda.code.deleted", List.of("codes", "codings")),
            Map.entry("qda.codebook.imported", List.of("created", "updated")),
            Map.entry("qda.coding.added.all", List.of("hits")),
            Map.entry("qda.coding.added.codings", List.of("codings", "sources")),
            Map.entry("qda.case.changed", List.of("attribute")),
            Map.entry("qda.case.changed.removed", List.of("attribute")),
            Map.entry("qda.case.changed.attributes", List.of("count")),
            Map.entry("qda.consensus.recorded.started", List.of("copied")),
            Map.entry("qda.consensus.recorded.decision", List.of("decision", "removed", "added")));

    /** Details whose codes have words of their own: detail name to the key prefix of its words. */
    private static final Map<String, String> CODES = Map.of(
            "role", "ui.role.",
            "shift", "ui.shift.",
            "scope", "consent.scope.",
            "participate", "ui.audit.value.participate.",
            "kind", "ui.audit.value.kind.",
            "decision", "ui.audit.value.decision.");

    private static final String PREFIX = "ui.audit.sentence.";

    private AuditSentences() {
    }

    /** The entry as a sentence in the current UI language. */
    public static Message describe(AuditEntry entry) {
        return describe(entry, List.of());
    }

    /**
     * The entry as a sentence; a correction found in {@code corrections} (by revision) is told
     * in full: the question, the value it replaced, the new value and the reason.
     */
    public static Message describe(AuditEntry entry, List<Correction> corrections) {
        return describe(entry, corrections, formId -> null);
    }

    /**
     * As {@link #describe(AuditEntry, List)}, with a form named by the title {@code formTitles}
     * gives for its id (null when unknown: the id is shown).
     */
    public static Message describe(AuditEntry entry, List<Correction> corrections,
                                   Function<String, String> formTitles) {
        String action = entry.action();
        Map<String, String> details = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        parse(entry.details(), details, words);
        if ("submission.corrected".equals(action) && details.containsKey("rev")) {
            for (Correction c : corrections) {
                if (Integer.toString(c.rev()).equals(details.get("rev"))) {
                    return Message.of(PREFIX + "submission.corrected.full", c.variable(), blankAsNone(c.oldValue()),
                            blankAsNone(c.newValue()), c.reason());
                }
            }
        }
        if (!Messages.has(PREFIX + action)) {
            return Message.of(PREFIX + "unknown");
        }
        String key = PREFIX + action;
        List<String> candidates = new ArrayList<>(words);
        candidates.addAll(details.keySet());
        for (String word : candidates) {
            if (Messages.has(key + "." + word)) {
                key = key + "." + word;
                break;
            }
        }
        List<String> names = ARGUMENTS.getOrDefault(key.substring(PREFIX.length()), List.of());
        Object[] args = new Object[names.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = value(action, names.get(i), details.get(names.get(i)), formTitles);
        }
        return Message.of(key, args);
    }

    /**
     * Splits details into {@code name=value} pairs and bare words. A file name may hold spaces,
     * so {@code file=} takes the rest of the text.
     */
    static void parse(String text, Map<String, String> details, List<String> words) {
        if (text == null || text.isBlank()) {
            return;
        }
        String rest = text.strip();
        while (!rest.isEmpty()) {
            int space = rest.indexOf(' ');
            String token = space < 0 ? rest : rest.substring(0, space);
            int eq = token.indexOf('=');
            if (eq > 0) {
                String name = token.substring(0, eq);
                if (name.equals("file")) {
                    details.put(name, rest.substring(eq + 1));
                    return;
                }
                details.putIfAbsent(name, token.substring(eq + 1));
            } else {
                String word = token.replaceAll("[^A-Za-z-]", "").toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            rest = space < 0 ? "" : rest.substring(space + 1).strip();
        }
    }

    private static String value(String action, String name, String raw, Function<String, String> formTitles) {
        if (raw == null || raw.isEmpty()) {
            return Messages.get("ui.audit.value.unknown");
        }
        if ("form".equals(name)) {
            String title = formTitles.apply(raw);
            return title == null || title.isBlank() ? raw : title;
        }
        String prefix = CODES.get(name);
        if ("status".equals(name)) {
            prefix = "submission.reviewed".equals(action) ? "ui.data.review." : "ui.forms.status.";
        }
        if (prefix != null && Messages.has(prefix + raw)) {
            return Messages.get(prefix + raw);
        }
        if ("date".equals(name)) {
            try {
                return Dates.format(LocalDate.parse(raw), Messages.locale());
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        if ("by".equals(name)) {
            return raw.replace(",", ", ");
        }
        return raw;
    }

    /** A stored answer as shown: empty as "(empty)", an XForm date in the language's order. */
    private static String blankAsNone(String value) {
        if (value == null || value.isBlank()) {
            return Messages.get("ui.audit.value.none");
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return Dates.format(LocalDate.parse(value), Messages.locale());
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
