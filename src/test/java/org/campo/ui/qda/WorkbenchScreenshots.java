package org.campo.ui.qda;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.campo.common.Messages;
import org.campo.demo.DemoStudy;
import org.campo.ui.CampoUiTest;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.WorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the user guide's screenshot of the coding workbench in Spanish, on the demo study, in a
 * 1366x800 window. Runs only with {@code -Dcampo.screenshots=DIR} (skipped in the suite). Without
 * a display, Monocle's screen must be larger than the window:
 * {@code mvn -o test -Dtest=WorkbenchScreenshots -Dcampo.screenshots=docs/images
 * '-Dsurefire.argLine=-Dtestfx.robot=glass -Dtestfx.headless=true -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true
 * -Dheadless.geometry=1600x1000-32'}.
 */
@EnabledIfSystemProperty(named = "campo.screenshots", matches = ".+")
class WorkbenchScreenshots extends CampoUiTest {

    @Override
    protected void prepare() throws Exception {
        Messages.setLocale(new Locale("es"));
        Path file = home.resolve("demo.campo");
        DemoStudy.create(context, file, DemoStudy.DEFAULT_PASSPHRASE.toCharArray(), 20).lock();
        context.settings().setLastStudy(file);
        context.settings().setLastUser(DemoStudy.USER);
    }

    @Test
    void workbenchInSpanish() throws Exception {
        Stage stage = (Stage) robot.listWindows().get(0);
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(800);
        });
        WorkbenchPage bench = new StartPage(robot).openRecent().unlock(DemoStudy.DEFAULT_PASSPHRASE).openWorkbench();
        robot.clickOn(startingWith("P-002"));
        WaitForAsyncUtils.waitForFxEvents();
        bench.selectWithKeyboard(0, 0);
        robot.clickOn(startingWith("4  Acceso a salud"));
        bench.retrieve();
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of(System.getProperty("campo.screenshots"));
        Files.createDirectories(dir);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        BufferedImage out = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(out, "png", dir.resolve("workbench-es.png").toFile());
    }

    private javafx.scene.Node startingWith(String prefix) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TreeCell<?>).queryAll()
                .forEach(n -> seen.add(String.valueOf(((javafx.scene.control.TreeCell<?>) n).getText())));
        if (seen.stream().noneMatch(t -> t.startsWith(prefix))) {
            throw new AssertionError("no cell starting with " + prefix + " in " + seen);
        }
        return robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getText() != null && c.getText().startsWith(prefix)).query();
    }
}
