package org.campo.qda;

/** A place where a search matched: [start, end) in code points of the source, with context. */
public record SearchHit(String sourceId, String sourceName, int start, int end, String before, String match,
                        String after) {
}
