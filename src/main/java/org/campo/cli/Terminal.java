package org.campo.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Where a secret is typed. On a real console the input is not echoed; when standard input is
 * a pipe ({@code campo … < secret.txt}) a line is read from it instead, because scripts have
 * no console and a secret must still never be a command line argument.
 */
public interface Terminal {
    /** Whether a person is typing (then a new passphrase is asked twice). */
    boolean interactive();

    /** Shows {@code prompt} and reads one secret; null when there is no more input. */
    char[] readSecret(String prompt);

    static Terminal system() {
        Console console = System.console();
        if (console != null) {
            return new Terminal() {
                @Override
                public boolean interactive() {
                    return true;
                }

                @Override
                public char[] readSecret(String prompt) {
                    return console.readPassword("%s", prompt);
                }
            };
        }
        return piped(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));
    }

    /** Reads secrets line by line from {@code in}, without prompting (nobody is there to read it). */
    static Terminal piped(BufferedReader in) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public char[] readSecret(String prompt) {
                try {
                    String line = in.readLine();
                    return line == null ? null : line.toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
