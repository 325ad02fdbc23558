package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo study member …}: who may unlock a study. */
@Command(name = "member", mixinStandardHelpOptions = true, description = "Manage the members of a study.",
        subcommands = {
                MemberAddCommand.class,
        })
final class MemberCommand {
}
