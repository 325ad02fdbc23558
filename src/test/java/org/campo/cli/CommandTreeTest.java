package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command builds only the command group it runs; help and mistakes still see every group. */
class CommandTreeTest {
    @TempDir
    Path dir;

    @Test
    void aCommandBuildsOnlyItsOwnGroup() {
        assertThat(CampoCli.groupsFor(new String[] {"form", "compile", "f.xlsx", "-o", "f.xml"}))
                .containsExactly(FormCommand.class);
        assertThat(CampoCli.groupsFor(new String[] {"--lang", "es", "--debug", "export", "dataset"}))
                .containsExactly(ExportCommand.class);
        assertThat(CampoCli.groupsFor(new String[] {"--lang=en", "study", "info"}))
                .containsExactly(StudyCommand.class);
    }

    @Test
    void versionBuildsNoGroupWhileHelpAndUnknownWordsBuildThemAll() {
        assertThat(CampoCli.groupsFor(new String[] {"--version"})).isEmpty();
        assertThat(CampoCli.groupsFor(new String[] {"--help"})).hasSize(10);
        assertThat(CampoCli.groupsFor(new String[] {"--version", "--help"})).hasSize(10);
        assertThat(CampoCli.groupsFor(new String[] {"fomr", "compile"})).hasSize(10);
        assertThat(CampoCli.groupsFor(new String[] {})).hasSize(10);
    }

    @Test
    void helpStillListsEveryGroupAndInheritedOptionsStillWorkInAGroup() {
        CliRun cli = new CliRun(dir.resolve("home"));
        CliRun.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("study").contains("audit").contains("demo").contains("form")
                .contains("data").contains("export").contains("qda").contains("import").contains("package")
                .contains("merge");
        CliRun.Result formHelp = cli.run("form", "compile", "--help", "--lang", "es");
        assertThat(formHelp.code()).isZero();
        assertThat(formHelp.out()).contains("--output").contains("--lang");
    }
}
