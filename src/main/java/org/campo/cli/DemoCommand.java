package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo demo …}: synthetic studies for training, demonstrations and benchmarks. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Synthetic studies for training and benchmarks.",
        subcommands = {
                DemoCreateCommand.class,
        })
final class DemoCommand {
}
