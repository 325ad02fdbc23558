package org.campo.ui.pages;

import javafx.scene.control.Button;
import org.testfx.api.FxRobot;

/** The steps before an interview: choosing the participant, then capturing their consent. */
public final class InterviewStartPage extends Page {

    InterviewStartPage(FxRobot robot) {
        super(robot);
        waitFor("#participant-picker");
    }

    /** Starts a new submission of the selected (interview) form from the Forms section. */
    public static InterviewStartPage startInterview(FxRobot robot) {
        robot.clickOn("#forms-new");
        return new InterviewStartPage(robot);
    }

    /** Registers a new participant code and continues; consent capture follows when consent is missing. */
    public InterviewStartPage newParticipant(String code) {
        robot.clickOn("#participant-new");
        type("#participant-code", code);
        robot.clickOn("#participant-continue");
        return this;
    }

    /** Waits for the consent capture screen. */
    public InterviewStartPage atConsent() {
        waitFor("#consent-capture");
        return this;
    }

    /** Why the interview cannot start: the consent gate's sentence. */
    public String gateMessage() {
        return isShowing("#consent-gate-message") ? text("#consent-gate-message") : "";
    }

    public String notice() {
        return isShowing("#consent-notice") ? text("#consent-notice") : "";
    }

    public String error() {
        return text("#consent-error");
    }

    /** Grants or refuses one permission by its code (participate, audio_recording…). */
    public InterviewStartPage decide(String permission, boolean granted) {
        robot.clickOn("#perm-" + permission + (granted ? "-yes" : "-no"));
        return this;
    }

    public boolean isDecisionEnabled(String permission) {
        return !robot.lookup("#perm-" + permission + "-yes").query().isDisabled();
    }

    public InterviewStartPage record() {
        robot.clickOn("#consent-record");
        return this;
    }

    /** Records the consent and expects the interview to open. */
    public FormFillerPage recordAndOpen() {
        record();
        return new FormFillerPage(robot);
    }

    public boolean formOpen() {
        return isShowing("#form-filler");
    }

    public boolean recordEnabled() {
        return !robot.lookup("#consent-record").queryAs(Button.class).isDisabled();
    }
}
