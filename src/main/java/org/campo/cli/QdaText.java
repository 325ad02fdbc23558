package org.campo.cli;

/** Text on one terminal line: line breaks and tabs shown as spaces, so columns stay columns. */
final class QdaText {
    private QdaText() {
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
