package org.campo.qda.triangulation;

import java.util.List;

/**
 * A triangulation matrix to build.
 *
 * @param attributes       one case attribute (e.g. {@code source_group}) or two crossed
 *                         ({@code source_group}, {@code city}) for the columns
 * @param includeSensitive the coordinator opted in to crossing by a sensitive attribute
 */
public record MatrixRequest(List<String> attributes, boolean includeSensitive) {
    public MatrixRequest {
        attributes = List.copyOf(attributes);
    }
}
