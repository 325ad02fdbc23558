package org.campo.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.campo.common.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code campo} command line: a picocli command tree whose commands are thin and call the
 * same services as the desktop app, taken from one {@link org.campo.app.AppContext}.
 *
 * <p><b>Adding a command group</b> ({@code campo form …}, {@code campo export …}): write a
 * class annotated {@code @Command(name = "form", subcommands = {...})} in this package, give
 * each leaf command a constructor taking {@link CliEnvironment} (the {@link CommandFactory}
 * passes it), and add the class to the {@code subcommands} list below: one line. A leaf
 * implements {@code Callable<Integer>} and returns an {@link ExitCode}; it throws
 * {@link org.campo.common.CampoException}s for failures, which {@link ErrorReport} turns into
 * one translated sentence and the right exit code. Messages live in {@code cli.properties}
 * and {@code cli_es.properties} under keys starting with {@code cli.}.
 */
@Command(name = "campo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Campo: encrypted field studies, forms, consent and exports.",
        footer = {"", "Environment:",
                "  CAMPO_PASSPHRASE      the passphrase that unlocks the study, instead of the prompt",
                "                        (or --passphrase-file FILE); never give it as an argument",
                "  CAMPO_NEW_PASSPHRASE  the new member's passphrase for 'study member add'",
                "  CAMPO_HOME            Campo's folder for settings and logs",
                "Exit codes: 0 ok, 1 a problem found, 2 usage, 3 wrong passphrase or access denied,",
                "4 unexpected failure."},
        subcommands = {
                StudyCommand.class,
                AuditCommand.class,
                DemoCommand.class,
                FormCommand.class,
                DataCommand.class,
                ExportCommand.class,
                QdaCommand.class,
                ImportCommand.class,
                PackageCommand.class,
                MergeCommand.class,
        })
public final class CampoCli implements Callable<Integer> {
    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    CampoCli(CliEnvironment env) {
        this.env = env;
    }

    /** Runs a command in this process with the real environment; returns its exit code. */
    public static int execute(String[] args) {
        return execute(args, CliEnvironment.system());
    }

    /** Runs a command with the given services, variables and streams (tests, embedding). */
    public static int execute(String[] args, CliEnvironment env) {
        Locale before = Messages.locale();
        Messages.setLocale(env.defaultLocale());
        try {
            return commandLine(env).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return ErrorReport.reportExhausted(e, env);
        } finally {
            env.out().flush();
            env.err().flush();
            Messages.setLocale(before);
        }
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandFactory factory = new CommandFactory(env);
        CommandLine cl = new CommandLine(new CampoCli(env), factory);
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExitCodeExceptionMapper(ErrorReport::exitCode);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> ErrorReport.report(ex, env));
        cl.setParameterExceptionHandler((ex, args) -> ErrorReport.reportUsage(ex, env));
        return cl;
    }

    @Option(names = "--lang", paramLabel = "es|en", scope = ScopeType.INHERIT,
            description = "Language of messages (default: the system's).")
    void setLanguage(String language) {
        if (!"es".equals(language) && !"en".equals(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("cli.lang.unknown", language));
        }
        Messages.setLocale(new Locale(language));
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the technical details (stack trace) of an error.")
    void setDebug(boolean debug) {
        env.setDebug(debug);
    }

    /** {@code campo} with only options: explain how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(env.err());
        return ExitCode.USAGE;
    }
}
