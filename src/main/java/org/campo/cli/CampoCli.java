package org.campo.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>Groups are in {@link #GROUPS}, not in the annotation, so that a command builds only its own
 * group's command tree (picocli reads every command's annotations and fields when it builds the
 * tree, a large part of a short command's start-up): {@code campo form compile} builds
 * {@code form}, {@code campo --version} builds none, and help, usage errors and anything else
 * build all of them.
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
        // the groups are added by commandLine(env, args) from GROUPS
        subcommands = {})
public final class CampoCli implements Callable<Integer> {
    /** The command groups by name, in the order the usage lists them (the name is the group's @Command name). */
    private static final Map<String, Class<?>> GROUPS = groups();

    private static Map<String, Class<?>> groups() {
        Map<String, Class<?>> groups = new LinkedHashMap<>();
        groups.put("study", StudyCommand.class);
        groups.put("audit", AuditCommand.class);
        groups.put("demo", DemoCommand.class);
        groups.put("form", FormCommand.class);
        groups.put("data", DataCommand.class);
        groups.put("export", ExportCommand.class);
        groups.put("qda", QdaCommand.class);
        groups.put("import", ImportCommand.class);
        groups.put("package", PackageCommand.class);
        groups.put("merge", MergeCommand.class);
        return Collections.unmodifiableMap(groups);
    }

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
            return commandLine(env, args).execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return ErrorReport.reportExhausted(e, env);
        } finally {
            env.out().flush();
            env.err().flush();
            Messages.setLocale(before);
        }
    }

    static CommandLine commandLine(CliEnvironment env, String[] args) {
        CommandFactory factory = new CommandFactory(env);
        CommandLine cl = new CommandLine(new CampoCli(env), factory);
        for (Class<?> group : groupsFor(args)) {
            cl.addSubcommand(group);
        }
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExitCodeExceptionMapper(ErrorReport::exitCode);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> ErrorReport.report(ex, env));
        cl.setParameterExceptionHandler((ex, given) -> ErrorReport.reportUsage(ex, env));
        return cl;
    }

    /**
     * The groups a command line needs: the group its first word names; none for a bare
     * {@code --version}; all of them otherwise (help lists them, and a mistyped group is reported
     * with the names it could have meant).
     */
    static Collection<Class<?>> groupsFor(String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang")) {
                i++; // its value
            } else if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--") || !arg.startsWith("-")) {
                Class<?> group = GROUPS.get(arg);
                return group == null ? GROUPS.values() : List.of(group);
            } else if (!arg.startsWith("--lang=") && !arg.equals("--debug")) {
                return GROUPS.values(); // -h, --help, or an option picocli will explain
            }
        }
        return version ? List.of() : GROUPS.values();
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
