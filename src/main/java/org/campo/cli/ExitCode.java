package org.campo.cli;

/** The exit codes of every command, as documented in the design and the user guide. */
public final class ExitCode {
    public static final int OK = 0;
    /** A problem was found: validation failed, verification failed, the input was refused. */
    public static final int PROBLEM = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Wrong passphrase, or the member's role does not allow the command. */
    public static final int DENIED = 3;
    /** Something Campo did not expect. */
    public static final int FAILURE = 4;

    private ExitCode() {
    }
}
