package org.campo.ui.consent;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.campo.collect.Shift;
import org.campo.collect.ShiftService;
import org.campo.model.Site;
import org.campo.study.Capability;
import org.campo.ui.common.MessageText;
import org.campo.ui.common.Controls;
import org.campo.ui.forms.FormsExtension;
import org.campo.ui.frame.SectionContext;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The steps before an interview, shown in the Forms section in place of the forms list: the
 * participant, then (when the gate refuses) their consent, with the gate's reason on top.
 */
public final class InterviewStartView extends VBox {
    private final InterviewStartViewModel model;
    private final StackPane body = new StackPane();
    private final Label title = new Label();
    private final Label stepError = new Label();
    private final Button next;

    /** Hooks the consent steps into the Forms section of a member who collects data. */
    public static void extendForms(SectionContext ctx, FormsExtension.Host forms) {
        if (!ctx.study().can(Capability.COLLECT)) {
            return;
        }
        ShiftService shifts = ctx.app().shifts(ctx.study());
        InterviewStartViewModel model = new InterviewStartViewModel(ctx.app().consent(ctx.study()),
                () -> ctx.study().listSites().stream().filter(s -> !s.retired()).map(Site::code).toList(),
                () -> shifts.current().map(Shift::siteCode).orElse(null));
        forms.setInterviewStarter(model);
        InterviewStartView view = new InterviewStartView(model);
        if (ctx.study().can(Capability.MANAGE_FORMS)) {
            view.manageScripts = () -> ConsentScriptsWindow.open(view, ctx.app().consent(ctx.study()).scripts(),
                    () -> model.captureProperty().get().reloadScripts(model.scriptsForForm()));
        }
        model.stepProperty().addListener((o, a, step) ->
                forms.showInstead(step == InterviewStartViewModel.Step.NONE ? null : view));
    }

    /** Opens the consent scripts from the capture screen (coordinators only); null otherwise. */
    private Runnable manageScripts;

    public InterviewStartView(InterviewStartViewModel model) {
        super(12);
        this.model = model;
        setId("interview-start");
        setPadding(new Insets(24, 32, 24, 32));
        title.getStyleClass().add(Styles.TITLE_2);

        Label gate = new Label();
        gate.setId("consent-gate-message");
        gate.setWrapText(true);
        gate.setGraphic(Controls.icon(MaterialDesignA.ALERT_OUTLINE, 18));
        gate.getStyleClass().addAll(Styles.WARNING, "consent-gate");
        gate.textProperty().bind(MessageText.of(model.gateMessageProperty()));
        gate.visibleProperty().bind(gate.textProperty().isNotEmpty());
        gate.managedProperty().bind(gate.visibleProperty());

        Label notice = new Label();
        notice.setId("consent-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.TEXT_BOLD);
        notice.textProperty().bind(MessageText.of(model.noticeProperty()));
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        stepError.setId("consent-error");
        stepError.setWrapText(true);
        stepError.getStyleClass().add(Styles.DANGER);

        Button cancel = Controls.button("interview-cancel", "ui.consent.cancel", MaterialDesignC.CLOSE);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        next = Controls.accentButton("interview-next", "ui.consent.participant.continue", MaterialDesignA.ARROW_RIGHT);
        next.setOnAction(e -> advance());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, gate, notice, body, stepError, buttons);
        model.stepProperty().addListener((o, a, b) -> showStep());
        showStep();
    }

    private void advance() {
        if (model.stepProperty().get() == InterviewStartViewModel.Step.PARTICIPANT) {
            model.continueWithParticipant();
        } else if (model.stepProperty().get() == InterviewStartViewModel.Step.CONSENT) {
            model.recordConsent();
        }
    }

    private void showStep() {
        stepError.textProperty().unbind();
        stepError.setText("");
        switch (model.stepProperty().get()) {
            case PARTICIPANT -> {
                title.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.participant.title",
                        model.formTitle()));
                body.getChildren().setAll(new ParticipantPickerView(model.pickerProperty().get()));
                next.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.participant.continue"));
            }
            case CONSENT -> {
                ConsentCaptureViewModel capture = model.captureProperty().get();
                title.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.capture.title",
                        capture.participant().code()));
                body.getChildren().setAll(new ConsentCaptureView(capture, manageScripts));
                stepError.textProperty().bind(MessageText.of(capture.errorProperty()));
                next.textProperty().bind(org.campo.ui.common.I18n.text("ui.consent.record"));
            }
            default -> body.getChildren().clear();
        }
        next.setId(model.stepProperty().get() == InterviewStartViewModel.Step.CONSENT
                ? "consent-record" : "participant-continue");
    }
}
