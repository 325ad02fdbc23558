package org.campo.cli;

import org.campo.common.AccessDeniedException;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import picocli.CommandLine;

/**
 * Turns a failure into one translated sentence on standard error and an exit code. People at
 * a border post should read what went wrong and what to do, not a stack trace; the trace is
 * printed only with {@code --debug}, for whoever supports them.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    static int exitCode(Throwable t) {
        if (t instanceof UsageException) {
            return ExitCode.USAGE;
        }
        if (t instanceof AccessDeniedException) {
            return ExitCode.DENIED;
        }
        if (t instanceof CampoException) {
            return ExitCode.PROBLEM;
        }
        return ExitCode.FAILURE;
    }

    static String sentence(Throwable t) {
        if (t instanceof CampoException ce) {
            return ce.getLocalizedMessage();
        }
        return Messages.get("cli.unexpected", t.getClass().getSimpleName());
    }

    static int report(Exception ex, CliEnvironment env) {
        env.err().println(sentence(ex));
        if (env.debug()) {
            ex.printStackTrace(env.err());
        }
        env.err().flush();
        return exitCode(ex);
    }

    static int reportUsage(CommandLine.ParameterException ex, CliEnvironment env) {
        env.err().println(ex.getMessage());
        env.err().println(Messages.get("cli.usage.hint", ex.getCommandLine().getCommandSpec().qualifiedName()));
        if (env.debug()) {
            ex.printStackTrace(env.err());
        }
        env.err().flush();
        return ExitCode.USAGE;
    }
}
