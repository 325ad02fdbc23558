package org.campo.qda.triangulation;

import java.util.List;

/**
 * What a quote bank shows.
 *
 * @param codeId              a theme (with its sub-codes), or {@code null} for every code
 * @param attribution         case attributes that attribute a quote, in order (by default the
 *                            source group and the city)
 * @param showParticipantCode the coordinator asked for the pseudonymous code as well
 * @param includeSensitive    the coordinator opted in to sensitive attributes in attributions
 */
public record QuoteOptions(String codeId, List<String> attribution, boolean showParticipantCode,
                           boolean includeSensitive) {
    /** The attributes quotes are attributed by unless the coordinator names others. */
    public static final List<String> DEFAULT_ATTRIBUTION = List.of("source_group", "city");

    public QuoteOptions {
        attribution = List.copyOf(attribution);
    }

    public static QuoteOptions defaults() {
        return new QuoteOptions(null, DEFAULT_ATTRIBUTION, false, false);
    }
}
