package org.campo.form.compile;

import java.util.Locale;
import java.util.Map;

/**
 * A sheet header split into its meaning: the canonical column ({@code label},
 * {@code constraint_message}, {@code bind::jr:foo}) and, for translatable columns, the language
 * ({@code label::Español (es)}). XLSForm has grown many spellings for the same column over the
 * years (ODK, Kobo, SurveyCTO); they are folded here so the rest of the compiler sees one.
 *
 * @param base     canonical column name
 * @param language the language, or {@code null} for an untranslated column
 */
record ColumnName(String base, String language) {

    /** The language used for untranslated text columns. */
    static final String DEFAULT_LANGUAGE = "default";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("list name", "list_name"),
            Map.entry("list_name", "list_name"),
            Map.entry("value", "name"),
            Map.entry("relevance", "relevant"),
            Map.entry("calculate", "calculation"),
            Map.entry("jr:constraintmsg", "constraint_message"),
            Map.entry("constraint message", "constraint_message"),
            Map.entry("jr:requiredmsg", "required_message"),
            Map.entry("requiredmsg", "required_message"),
            Map.entry("noapperrorstring", "no_app_error_string"),
            Map.entry("rows", "body::rows"),
            Map.entry("jr:noapperrorstring", "no_app_error_string"),
            Map.entry("constraintmsg", "constraint_message"),
            Map.entry("required message", "required_message"),
            Map.entry("readonly", "read_only"),
            Map.entry("read only", "read_only"),
            Map.entry("choice filter", "choice_filter"),
            Map.entry("repeat count", "repeat_count"),
            Map.entry("jr:count", "repeat_count"),
            Map.entry("guidance hint", "guidance_hint"),
            Map.entry("params", "parameters"),
            Map.entry("picture", "image"),
            Map.entry("media::image", "image"),
            Map.entry("media::audio", "audio"),
            Map.entry("media::video", "video"),
            Map.entry("media::big-image", "big-image"),
            Map.entry("big_image", "big-image"),
            Map.entry("title", "form_title"),
            Map.entry("id_string", "form_id"),
            Map.entry("caption", "label"),
            Map.entry("default_value", "default"));

    /** Columns whose cells are text shown to people, and so may be translated. */
    static boolean isTranslatable(String base) {
        return switch (base) {
            case "label", "hint", "guidance_hint", "constraint_message", "required_message", "no_app_error_string",
                    "image", "audio",
                    "video", "big-image" -> true;
            default -> false;
        };
    }

    static boolean isMedia(String base) {
        return switch (base) {
            case "image", "audio", "video", "big-image" -> true;
            default -> false;
        };
    }

    static ColumnName parse(String header) {
        String h = header.strip();
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bind::") || lower.startsWith("instance::") || lower.startsWith("body::")) {
            int sep = h.indexOf("::");
            return new ColumnName(lower.substring(0, sep) + "::" + h.substring(sep + 2).strip(), null);
        }
        for (String prefix : new String[] {"bind:", "instance:", "body:"}) {
            if (lower.startsWith(prefix) && !lower.startsWith(prefix + ":")) {
                return new ColumnName(prefix + ":" + h.substring(prefix.length()).strip(), null);
            }
        }
        String aliased = ALIASES.get(lower);
        if (aliased != null) {
            return new ColumnName(aliased, null);
        }
        int sep = h.indexOf("::");
        if (sep > 0) {
            String first = h.substring(0, sep).strip().toLowerCase(Locale.ROOT);
            String rest = h.substring(sep + 2).strip();
            if (first.equals("media")) {
                int sep2 = rest.indexOf("::");
                if (sep2 > 0) {
                    String media = canonical(rest.substring(0, sep2).strip().toLowerCase(Locale.ROOT));
                    return new ColumnName(media, rest.substring(sep2 + 2).strip());
                }
                return new ColumnName(canonical(rest.toLowerCase(Locale.ROOT)), null);
            }
            String base = canonical(first);
            return new ColumnName(base, rest.isEmpty() ? null : rest);
        }
        int colon = h.indexOf(':');
        if (colon > 0) {
            String first = canonical(h.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            if (isTranslatable(first)) {
                return new ColumnName(first, h.substring(colon + 1).strip());
            }
        }
        return new ColumnName(canonical(lower), null);
    }

    private static String canonical(String lower) {
        String a = ALIASES.get(lower);
        return a == null ? lower : a;
    }
}
