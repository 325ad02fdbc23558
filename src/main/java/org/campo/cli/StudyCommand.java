package org.campo.cli;

import picocli.CommandLine.Command;

/** {@code campo study …}: create, describe and check study files, and manage members. */
@Command(name = "study", mixinStandardHelpOptions = true, description = "Create, inspect and check study files.",
        subcommands = {
                StudyCreateCommand.class,
                StudyInfoCommand.class,
                StudyCheckCommand.class,
                StudyBackupCommand.class,
                StudyKitCommand.class,
                StudyJoinCommand.class,
                MemberCommand.class,
        })
final class StudyCommand {
}
