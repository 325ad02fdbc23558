package org.campo.ui.pages;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.campo.ui.triangulation.AgreementViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Coders side by side tab of Triangulation, with the consensus review. */
public final class AgreementPage extends Page {

    AgreementPage(FxRobot robot) {
        super(robot);
        waitFor("#agreement-consensus-start");
    }

    public static AgreementPage open(FxRobot robot) {
        robot.clickOn("#nav-triangulation");
        robot.clickOn("#triangulation-tab-agreement");
        return new AgreementPage(robot);
    }

    /** Starts the review: the stretches to decide are listed and the first is selected. */
    public AgreementPage startConsensus() {
        robot.clickOn("#agreement-consensus-start");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Presses a decision key (1, 2, 3 or 0) on the selected stretch. */
    public AgreementPage decide(int digit) {
        robot.type(KeyCode.getKeyCode(Integer.toString(digit)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    @SuppressWarnings("unchecked")
    public List<AgreementViewModel.ConsensusLine> stretches() {
        return List.copyOf(robot.lookup("#agreement-consensus").queryAs(TableView.class).getItems());
    }

    public String figures() {
        return text("#agreement-consensus-figures");
    }
}
