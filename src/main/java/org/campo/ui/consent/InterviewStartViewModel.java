package org.campo.ui.consent;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campo.collect.FormSummary;
import org.campo.collect.StartOptions;
import org.campo.common.CampoException;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.ui.common.Message;
import org.campo.ui.forms.InterviewStarter;

/**
 * No consent, no interview: before a new interview submission, asks for the participant, then,
 * when the consent gate refuses (no valid consent), for their consent. The interview is only
 * ever started through the submission service, whose gate checks consent again; its refusal
 * is what the researcher reads.
 */
public final class InterviewStartViewModel implements InterviewStarter {
    /** Where the researcher is in starting an interview. */
    public enum Step { NONE, PARTICIPANT, CONSENT }

    private final ConsentServices consent;
    private final Supplier<List<String>> siteCodes;
    private final Supplier<String> shiftSite;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.NONE);
    private final ObjectProperty<ParticipantPickerViewModel> picker = new SimpleObjectProperty<>();
    private final ObjectProperty<ConsentCaptureViewModel> capture = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> gateMessage = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private FormSummary form;
    private Consumer<StartOptions> start;

    /**
     * @param siteCodes the study's points, for the consent's site
     * @param shiftSite the point of the member's open shift, or null
     */
    public InterviewStartViewModel(ConsentServices consent, Supplier<List<String>> siteCodes,
                                   Supplier<String> shiftSite) {
        this.consent = consent;
        this.siteCodes = siteCodes;
        this.shiftSite = shiftSite;
    }

    @Override
    public boolean handles(FormSummary form) {
        return InterviewForms.isInterview(form);
    }

    @Override
    public void begin(FormSummary form, Consumer<StartOptions> start) {
        this.form = form;
        this.start = start;
        gateMessage.set(null);
        notice.set(null);
        capture.set(null);
        picker.set(new ParticipantPickerViewModel(consent.participants(),
                InterviewForms.exampleCode(form.form().formId())));
        step.set(Step.PARTICIPANT);
    }

    /** The participant is chosen: start the interview if their consent allows it, else capture it. */
    public void continueWithParticipant() {
        picker.get().resolve().ifPresent(p -> {
            Message refusal = tryStart(p);
            if (refusal == null) {
                return;
            }
            if (refusal.key().equals("consent.withdrawn")) {
                picker.get().errorProperty().set(refusal);
                return;
            }
            gateMessage.set(refusal);
            capture.set(new ConsentCaptureViewModel(consent.consent(), p, scriptsForForm(),
                    siteCodes.get(), shiftSite.get()));
            step.set(Step.CONSENT);
        });
    }

    /**
     * Records the consent as captured, then starts the interview; after a refusal the form stays
     * closed and the gate's reason is shown.
     */
    public void recordConsent() {
        ConsentCaptureViewModel c = capture.get();
        c.record().ifPresent(recorded -> {
            notice.set(Message.of(recorded.granted(ConsentPermission.PARTICIPATE)
                    ? "ui.consent.recorded" : "ui.consent.refusalRecorded", recorded.participantCode()));
            Message refusal = tryStart(c.participant());
            if (refusal != null) {
                gateMessage.set(refusal);
            }
        });
    }

    /** Starts through the submission service; the gate's refusal, or null once the form is open. */
    private Message tryStart(Participant p) {
        try {
            start.accept(new StartOptions(null, p.id(), p.code()));
        } catch (CampoException e) {
            return Message.of(e);
        }
        step.set(Step.NONE);
        return null;
    }

    /** Leaves without starting; whatever consent was recorded stays recorded. */
    public void cancel() {
        step.set(Step.NONE);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<ParticipantPickerViewModel> pickerProperty() {
        return picker;
    }

    public ReadOnlyObjectProperty<ConsentCaptureViewModel> captureProperty() {
        return capture;
    }

    /** Why the interview cannot start yet: the consent gate's own sentence. */
    public ReadOnlyObjectProperty<Message> gateMessageProperty() {
        return gateMessage;
    }

    /** What was just recorded (consent or refusal). */
    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice;
    }

    /** The form being started, for the page titles. */
    /**
     * The scripts this interview may use: the form's own script (the study's configuration) in the
     * interview's language, which is the language the enumerator works in.
     */
    public java.util.List<org.campo.consent.ConsentScript> scriptsForForm() {
        return consent.scripts().forForm(form.form().formId(), org.campo.common.Messages.locale().getLanguage());
    }

    public String formTitle() {
        return form == null ? "" : form.form().title();
    }
}
