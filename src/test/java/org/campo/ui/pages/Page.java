package org.campo.ui.pages;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the page objects: tests say what a user does ("unlock as ana") and pages know which
 * nodes that means, so a layout change touches one page instead of every test.
 */
public abstract class Page {
    /** Long enough for a key derivation on a slow CI machine. */
    static final int TIMEOUT_SECONDS = 20;
    protected final FxRobot robot;

    protected Page(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits until a node matching {@code query} is showing. */
    protected void waitFor(String query) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("not shown within " + TIMEOUT_SECONDS + " s: " + query, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected void type(String query, String text) {
        robot.clickOn(query);
        robot.write(text);
    }

    protected boolean isShowing(String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }
}
