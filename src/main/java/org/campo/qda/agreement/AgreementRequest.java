package org.campo.qda.agreement;

import java.util.List;

/**
 * What to compare.
 *
 * @param coderIds two or more coders
 * @param codeId   a code whose own codings and those of its sub-codes are compared (each code on
 *                 its own line), or {@code null} for the whole codebook
 */
public record AgreementRequest(List<String> coderIds, String codeId) {
    public AgreementRequest {
        coderIds = List.copyOf(coderIds);
    }
}
