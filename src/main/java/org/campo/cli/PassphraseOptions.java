package org.campo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import picocli.CommandLine.Option;

/**
 * Where a passphrase comes from, in this order: {@code --passphrase-file} (its first line),
 * the {@code CAMPO_PASSPHRASE} variable, then the terminal. There is deliberately no option
 * that takes the passphrase itself: arguments end up in shell history and in the process
 * list, where anyone on the laptop can read them. A recovery key is accepted wherever a
 * passphrase is; the study service recognises it.
 */
public final class PassphraseOptions {
    public static final String ENV = "CAMPO_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase (or recovery key) from the first line of FILE.")
    Path passphraseFile;

    /** The passphrase that unlocks an existing study. */
    char[] existing(CliEnvironment env) {
        char[] given = fromFileOrEnvironment(env, ENV);
        return given != null ? given : prompt(env, "cli.passphrase.prompt", false);
    }

    /** A passphrase for a new study or member: asked twice when typed. */
    char[] fresh(CliEnvironment env, String variable) {
        char[] given = fromFileOrEnvironment(env, variable);
        return given != null ? given : prompt(env, "cli.passphrase.promptNew", true);
    }

    /**
     * A passphrase for someone else (a new member): from {@code variable} or typed, never from
     * {@code --passphrase-file}, which holds the passphrase of whoever runs the command.
     */
    static char[] forAnotherPerson(CliEnvironment env, String variable) {
        String value = env.env(variable);
        return value != null && !value.isEmpty() ? value.toCharArray()
                : prompt(env, "cli.passphrase.promptMember", true);
    }

    /** From the file or the variable; null when neither is given. */
    char[] fromFileOrEnvironment(CliEnvironment env, String variable) {
        if (passphraseFile != null) {
            return firstLine(passphraseFile);
        }
        String value = env.env(variable);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    static char[] prompt(CliEnvironment env, String promptKey, boolean confirm) {
        Terminal terminal = env.terminal();
        char[] first = terminal.readSecret(Messages.get(promptKey) + " ");
        if (first == null) {
            throw new UsageException("cli.passphrase.none", ENV);
        }
        if (confirm && terminal.interactive()) {
            char[] again = terminal.readSecret(Messages.get("cli.passphrase.confirm") + " ");
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new CampoException("cli.passphrase.mismatch");
            }
        }
        return first;
    }

    private static char[] firstLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new CampoException("cli.passphrase.emptyFile", file);
            }
            return lines.get(0).toCharArray();
        } catch (IOException e) {
            throw new CampoException(e, "common.io", file.toString(), e.getMessage());
        }
    }
}
