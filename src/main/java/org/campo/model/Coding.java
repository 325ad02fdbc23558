package org.campo.model;

import java.time.Instant;

/**
 * One coded segment: the code applied by one coder to [start, end) of a source, in code points.
 * Codings of several codes and coders may overlap.
 *
 * @param coderId  the member who coded (or an external coder imported from another tool)
 * @param detached true when an edit deleted the words the segment covered: it is flagged for the
 *                 researcher, never silently moved
 */
public record Coding(String id, String sourceId, int start, int end, String codeId, String coderId, Instant codedAt,
                     boolean detached) {
    public Coding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
        }
    }
}
