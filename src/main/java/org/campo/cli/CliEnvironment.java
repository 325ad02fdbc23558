package org.campo.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.campo.app.AppContext;
import org.campo.common.LogFiles;

/**
 * Everything a command touches outside itself: the services, the environment variables, the
 * terminal and the output streams. Production uses the real ones; tests pass their own, so
 * every command can be run in-process with a temporary Campo home and a cheap key derivation.
 */
public final class CliEnvironment {
    private final Supplier<AppContext> contextFactory;
    private final Map<String, String> env;
    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale defaultLocale;
    private final Runnable debugLogging;
    private AppContext context;
    private boolean debug;

    public CliEnvironment(Supplier<AppContext> contextFactory, Map<String, String> env, Terminal terminal,
                          PrintWriter out, PrintWriter err, Locale defaultLocale) {
        this(contextFactory, env, terminal, out, err, defaultLocale, () -> { });
    }

    private CliEnvironment(Supplier<AppContext> contextFactory, Map<String, String> env, Terminal terminal,
                           PrintWriter out, PrintWriter err, Locale defaultLocale, Runnable debugLogging) {
        this.debugLogging = debugLogging;
        this.contextFactory = contextFactory;
        this.env = Map.copyOf(env);
        this.terminal = terminal;
        this.out = out;
        this.err = err;
        this.defaultLocale = defaultLocale;
    }

    /**
     * The real process: production services, {@code System.getenv()}, the console, stdout/stderr.
     * Logging (Campo's and the libraries') goes to the log file of the Campo folder, never to the
     * console unless {@code --debug} asks for it.
     */
    public static CliEnvironment system() {
        Charset cs = Charset.defaultCharset();
        LogFiles.quietConsole();
        Supplier<AppContext> production = () -> {
            AppContext context = AppContext.production();
            LogFiles.install(context.directories().logs());
            return context;
        };
        return new CliEnvironment(production, System.getenv(), Terminal.system(),
                writer(System.out, cs), writer(System.err, cs), Locale.getDefault(), LogFiles::showOnConsole);
    }

    /** For tests and embedding: the given services, variables, input and output. */
    public static CliEnvironment of(Supplier<AppContext> contextFactory, Map<String, String> env, InputStream stdin,
                                    PrintWriter out, PrintWriter err) {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, Charset.defaultCharset()));
        return new CliEnvironment(contextFactory, env, Terminal.piped(in), out, err, Locale.ENGLISH);
    }

    private static PrintWriter writer(PrintStream stream, Charset cs) {
        return new PrintWriter(new OutputStreamWriter(stream, cs), true);
    }

    /** The services, built on first use so that {@code --version} and {@code --help} touch no files. */
    public synchronized AppContext context() {
        if (context == null) {
            context = contextFactory.get();
        }
        return context;
    }

    public String env(String name) {
        return env.get(name);
    }

    public Terminal terminal() {
        return terminal;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Locale defaultLocale() {
        return defaultLocale;
    }

    boolean debug() {
        return debug;
    }

    void setDebug(boolean debug) {
        this.debug = debug;
        if (debug) {
            debugLogging.run();
        }
    }
}
