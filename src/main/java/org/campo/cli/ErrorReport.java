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
        if (exhausted(t) != null) {
            return ExitCode.FAILURE;
        }
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
        VirtualMachineError exhausted = exhausted(t);
        if (exhausted instanceof OutOfMemoryError) {
            return Messages.get("cli.outOfMemory");
        }
        if (exhausted != null) {
            return Messages.get("cli.tooDeep");
        }
        if (t instanceof CampoException ce) {
            return oneLine(ce.getLocalizedMessage());
        }
        return Messages.get("cli.unexpected");
    }

    /**
     * The memory or stack exhaustion behind a failure, if any: the input was too large or too
     * deeply nested for this computer. That is not "a problem found" in the input (exit 1) but a
     * failure to finish (exit 4), said in a sentence of its own.
     */
    private static VirtualMachineError exhausted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
                return (VirtualMachineError) c;
            }
        }
        return null;
    }

    /** One sentence per error: text carried from elsewhere never spreads over several lines. */
    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Memory or stack exhausted outside picocli's handler (an Error escapes it): same sentence, exit 4. */
    static int reportExhausted(VirtualMachineError error, CliEnvironment env) {
        env.err().println(sentence(error));
        if (env.debug()) {
            error.printStackTrace(env.err());
        }
        env.err().flush();
        return ExitCode.FAILURE;
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
