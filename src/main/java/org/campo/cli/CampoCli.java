package org.campo.cli;

/** Command line entry (replaced by the picocli command tree). */
public final class CampoCli {
    private CampoCli() {
    }

    public static int execute(String[] args) {
        return 2;
    }
}
