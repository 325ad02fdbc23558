package org.campo.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.campo.demo.DemoStudy;
import org.campo.study.OpenStudy;
import org.campo.study.StudySummary;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Who unlocks a study, and with what: {@code --user} (by default the study's only member, if
 * it has just one, or the owner of a demo study) and a passphrase from the usual sources. Commands that need the key mix
 * this in and call {@link #unlock}.
 */
public final class UnlockOptions {
    @Option(names = {"-u", "--user"}, paramLabel = "USER",
            description = "The member who unlocks the study (default: the only member, if there is one; "
                    + "demo in a demo study).")
    String user;

    @Mixin
    PassphraseOptions passphrase = new PassphraseOptions();

    /** Unlocks {@code file}; the caller locks it (use try-with-resources). */
    OpenStudy unlock(CliEnvironment env, Path file) {
        return unlock(env, file, user, passphrase);
    }

    /** Unlocks {@code file} as {@code user} (or the only member when null: names are sealed, see StudyService). */
    static OpenStudy unlock(CliEnvironment env, Path file, String user, PassphraseOptions passphrase) {
        String who = user != null ? user : onlyMember(env, file);
        char[] secret = passphrase.existing(env);
        try {
            return env.context().studies().unlock(file, who, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    static String onlyMember(CliEnvironment env, Path file) {
        StudySummary summary = env.context().studies().summary(file);
        List<String> users = summary.userNames();
        if (summary.memberCount() > 1 && DemoStudy.NAME.equals(summary.name())
                && (users.isEmpty() || users.contains(DemoStudy.USER))) {
            return DemoStudy.USER; // a demo has a second coder for the analysis; commands act as its owner
        }
        if (summary.memberCount() == 1) {
            return users.size() == 1 ? users.get(0) : null; // names are sealed: the only member unlocks
        }
        throw new UsageException("cli.userRequired", String.join(", ", users));
    }
}
