package org.campo.qda;

/** A text read from an imported file, ready to become a source. */
public record TextFile(String name, SourceKind kind, String text) {
}
