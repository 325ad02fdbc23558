package org.campo.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.testsupport.TestApp;

/** Runs {@code campo} in-process with a temporary home, cheap key derivation, given variables and input. */
final class CliRun {
    final Map<String, String> env = new HashMap<>();
    final AppContext context;
    String stdin = "";

    CliRun(Path home) {
        this.context = TestApp.context(home);
    }

    CliRun passphrase(String passphrase) {
        env.put("CAMPO_PASSPHRASE", passphrase);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = CliEnvironment.of(() -> context, env,
                new ByteArrayInputStream(stdin.getBytes(Charset.defaultCharset())),
                new PrintWriter(out, true), new PrintWriter(err, true));
        int code = CampoCli.execute(args, environment);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int code, String out, String err) {
        /** The recovery key printed by {@code study create}. */
        String recoveryKey() {
            return out.lines().map(String::trim).filter(l -> l.startsWith("CAMPO-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no recovery key in: " + out));
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
