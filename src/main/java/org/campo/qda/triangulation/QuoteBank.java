package org.campo.qda.triangulation;

import java.util.List;

/**
 * Quotes per code, honouring consent.
 *
 * @param codes                 codes in codebook order, each with its quotes
 * @param withheldQuotes        segments left out because their participant refused direct
 *                              quotation
 * @param withheldParticipants  how many participants that is
 */
public record QuoteBank(String studyName, List<CodeQuotes> codes, int withheldQuotes, int withheldParticipants) {
    public QuoteBank {
        codes = List.copyOf(codes);
    }
}
