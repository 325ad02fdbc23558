package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.ui.CampoUiTest;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.FormFillerPage;
import org.campo.ui.pages.FormsPage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * The promise behind "every answer is saved the moment it is given": a filler in another JVM
 * answers a few questions and is killed with SIGKILL (no shutdown hook, no flush); the study
 * reopened here shows the draft on the same screen with every answer.
 */
class KillAndReopenUiTest extends CampoUiTest {
    private static final List<String> PASSED_PROPERTIES = List.of("testfx.robot", "testfx.headless",
            "glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless");
    private Path studyFile;

    @Override
    protected void prepare() {
        studyFile = home.resolve("tumbes.campo");
        var created = context.studies().create(studyFile, "Tumbes", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray());
        context.forms(created.study()).importWorkbook(TestForms.bytes(TestForms.BORDER_CROSSING), "x.md");
        created.study().lock();
        context.settings().setLastStudy(studyFile);
        context.settings().setLastUser("ana");
    }

    @Test
    void answersGivenBeforeAKillAreAllThereWhenTheDraftReopens() throws Exception {
        Process child = startChild();
        try {
            String line = awaitReport(child);
            assertThat(line).startsWith("ANSWERED ");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        new StartPage(robot).openRecent().unlock(TestStudies.PASSPHRASE);
        FormsPage forms = FormsPage.open(robot);
        assertThat(forms.submissions()).extracting(s -> s.status()).containsExactly(SubmissionStatus.DRAFT);
        FormFillerPage filler = forms.openNewestSubmission().at("with_others");
        filler.previousScreen().at("age");
        assertThat(filler.value("age")).isEqualTo("34");
        filler.previousScreen().at("province");
        assertThat(filler.isChosen("province", "paita")).isTrue();
        filler.previousScreen().at("department");
        assertThat(filler.isChosen("department", "piura")).isTrue();
    }

    private Process startChild() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String property : PASSED_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add(FillerChildMain.class.getName());
        command.add(home.resolve("child-home").toString());
        command.add(studyFile.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static String awaitReport(Process child) throws Exception {
        CompletableFuture<String> report = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("ANSWERED")) {
                        return line;
                    }
                }
                return "child ended with " + child.waitFor();
            } catch (Exception e) {
                return "child failed: " + e;
            }
        });
        return report.get(120, TimeUnit.SECONDS);
    }
}
