package org.campo.qda;

/**
 * Someone who codes: a study member, or an external coder whose codings came from another tool.
 */
public record Coder(String id, String name, boolean external) {
}
