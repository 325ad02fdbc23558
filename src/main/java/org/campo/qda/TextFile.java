package org.campo.qda;

import org.campo.model.SourceKind;

/** A text read from an imported file, ready to become a source. */
public record TextFile(String name, SourceKind kind, String text) {
}
