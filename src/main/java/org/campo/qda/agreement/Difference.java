package org.campo.qda.agreement;

import java.util.List;

/**
 * A stretch of a source where the coders disagree on one code: some coded it, others did not.
 * Positions in code points, end exclusive.
 *
 * @param coderIds the coders who coded the stretch (the others did not)
 */
public record Difference(String sourceId, String codeId, int start, int end, List<String> coderIds) {
}
