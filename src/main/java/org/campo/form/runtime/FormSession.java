package org.campo.form.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.GroupDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.instance.FormInstance;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.form.api.FormEntryCaption;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.xform.parse.XFormParser;

/**
 * One interview: a form being filled, screen by screen. This is the only place the form filler
 * and services talk to the XForm engine; they see {@link Screen}s, {@link Prompt}s and
 * {@link Answer}s, and get the instance XML to save after every answer.
 *
 * <p>Navigation works in screens as ODK Collect does: a field-list group is one screen, other
 * groups are passed through, and at the end of a repeat the filler asks whether to add another.
 * Moving on never blocks; call {@link #validateScreen()} first where the UI wants to hold the
 * interviewer on an unanswered required question, and {@link #finalizeInstance()} at the end.
 *
 * <p>Not thread-safe: one session belongs to one screen of the UI.
 */
public final class FormSession {
    private final FormDefinition definition;
    private final SessionContext context;
    private final FormDef formDef;
    private final FormEntryModel model;
    private final FormEntryController controller;
    private final PromptReader reader;
    private final InstanceMetadata metadata;

    private FormSession(FormDefinition definition, SessionContext context, FormDef formDef) {
        this.definition = definition;
        this.context = context;
        this.formDef = formDef;
        formDef.getEvaluationContext().addFunctionHandler(new PulldataFunction(definition.attachments()));
        this.model = new FormEntryModel(formDef);
        this.controller = new FormEntryController(model);
        this.reader = new PromptReader(model, definition);
        this.metadata = new InstanceMetadata(formDef, context);
    }

    /** Starts a new, empty interview positioned before the first question. */
    public static FormSession start(FormDefinition definition, SessionContext context) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(context, "context");
        return call(definition, context, () -> {
            FormSession session = new FormSession(definition, context, definition.newFormDef());
            session.initialize(true);
            session.metadata.fillNew();
            return session;
        });
    }

    /**
     * Continues an interview from saved instance XML (a draft, or a submission being edited),
     * positioned at {@code position} if given (a {@link Screen#ref()} saved with the draft),
     * otherwise before the first question. Answers are restored; {@code start} is kept.
     */
    public static FormSession resume(FormDefinition definition, String instanceXml, SessionContext context,
                                     Optional<String> position) {
        Objects.requireNonNull(instanceXml, "instanceXml");
        FormSession session = call(definition, context, () -> {
            FormSession s = new FormSession(definition, context, definition.newFormDef());
            s.importInstance(instanceXml);
            String savedId = s.metadata.instanceId();
            s.initialize(false);
            // A form's calculate="concat('uuid:', uuid())" runs again on load; the id must not change.
            s.metadata.restoreInstanceId(savedId);
            return s;
        });
        position.ifPresent(session::jumpTo);
        return session;
    }

    private void initialize(boolean newInstance) {
        formDef.initialize(newInstance, new InstanceInitializationFactory());
        definition.defaultLanguage().ifPresent(controller::setLanguage);
        if (formDef.getLocalizer() != null && formDef.getLocalizer().getLocale() == null) {
            // A multilingual form without a declared default still shows one language; make it
            // the session's language explicitly, so the filler's language switch names it.
            String shown = formDef.getLocalizer().getDefaultLocale();
            if (shown == null && !definition.languages().isEmpty()) {
                shown = definition.languages().get(0);
            }
            if (shown != null) {
                controller.setLanguage(shown);
            }
        }
        controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
    }

    private void importInstance(String instanceXml) {
        FormInstance saved;
        try {
            saved = XFormParser.restoreDataModel(instanceXml.getBytes(StandardCharsets.UTF_8), null);
        } catch (RuntimeException e) {
            throw new CampoException(e, "form.runtime.invalidInstance", definition.formId());
        }
        TreeElement template = formDef.getMainInstance().getRoot().deepCopy(true);
        if (saved == null || !saved.getRoot().getName().equals(template.getName())) {
            throw new CampoException("form.runtime.invalidInstance", definition.formId());
        }
        template.populate(saved.getRoot(), formDef);
        formDef.getMainInstance().setRoot(template);
    }

    public FormDefinition definition() {
        return definition;
    }

    /** The submission's {@code meta/instanceID}, e.g. {@code uuid:...}. */
    public String instanceId() {
        return engine(metadata::instanceId);
    }

    // ---- navigation ------------------------------------------------------------------------

    /** The screen at the current position. */
    public Screen current() {
        return engine(this::screenAt);
    }

    /** Moves to the next screen (from an add-repeat screen: declines adding one). */
    public Screen next() {
        return engine(() -> {
            FormIndex index = model.getFormIndex();
            int event;
            if (isFieldListScreen(index)) {
                event = controller.jumpToIndex(model.incrementIndex(index, false));
                if (!isRelevantOrBoundary(event)) {
                    event = controller.stepToNextEvent();
                }
            } else {
                event = controller.stepToNextEvent();
            }
            settleForward(event);
            return screenAt();
        });
    }

    /** Moves to the previous screen, or to the beginning. */
    public Screen previous() {
        return engine(() -> {
            int event = controller.stepToPreviousEvent();
            while (true) {
                FormIndex index = model.getFormIndex();
                if (event == FormEntryController.EVENT_BEGINNING_OF_FORM) {
                    break;
                }
                if (event == FormEntryController.EVENT_QUESTION) {
                    outermostFieldList(index).ifPresent(controller::jumpToIndex);
                    break;
                }
                if ((event == FormEntryController.EVENT_GROUP || event == FormEntryController.EVENT_REPEAT)
                        && isFieldListScreen(index) && outermostFieldList(index).map(index::equals).orElse(false)) {
                    break;
                }
                event = controller.stepToPreviousEvent();
            }
            return screenAt();
        });
    }

    /** The first screen of the form. */
    public Screen first() {
        return engine(() -> {
            controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
            settleForward(controller.stepToNextEvent());
            return screenAt();
        });
    }

    /** The end of the form, where the UI offers to finalize. */
    public Screen end() {
        return engine(() -> {
            controller.jumpToIndex(FormIndex.createEndOfFormIndex());
            return screenAt();
        });
    }

    /** The last screen before the end. */
    public Screen last() {
        end();
        return previous();
    }

    /**
     * Goes to a position from {@link Prompt#ref()}, {@link Screen#ref()}, {@link OutlineEntry#ref()}
     * or {@link ValidationResult#ref()}. A question inside a field-list goes to its whole screen;
     * a plain group goes to its first screen.
     */
    public Screen jumpTo(String ref) {
        return engine(() -> {
            FormIndex index = FormIndexRefs.toIndex(ref, formDef);
            Optional<FormIndex> screen = outermostFieldList(index);
            int event = controller.jumpToIndex(screen.orElse(index));
            if (!isScreenEvent(event, model.getFormIndex())) {
                settleForward(event);
            }
            return screenAt();
        });
    }

    // ---- repeats ---------------------------------------------------------------------------

    /** At an add-repeat screen: adds an instance and moves to its first screen. */
    public Screen addRepeat() {
        return engine(() -> {
            requireAddRepeatScreen();
            controller.newRepeat();
            settleForward(model.getEvent());
            return screenAt();
        });
    }

    /** At an add-repeat screen: adds no more instances and moves on. */
    public Screen declineRepeat() {
        engine(() -> {
            requireAddRepeatScreen();
            return null;
        });
        return next();
    }

    /** Deletes the repeat instance the current screen is in and moves to the next screen. */
    public Screen removeRepeat() {
        return engine(() -> {
            FormIndex repeat = innermostRepeatInstance(model.getFormIndex())
                    .orElseThrow(() -> new CampoException("form.runtime.notInRepeat"));
            FormIndex after = controller.deleteRepeat(repeat);
            int event = controller.jumpToIndex(after);
            if (!isScreenEvent(event, model.getFormIndex())) {
                settleForward(event);
            }
            return screenAt();
        });
    }

    /**
     * How many instances a repeat has. {@code path} is the repeat's path; positions of enclosing
     * repeats may be given ({@code /data/hh[2]/member}) and default to the first.
     */
    public int repeatCount(String path) {
        return engine(() -> {
            String[] steps = path.replaceFirst("^/", "").split("/");
            TreeElement element = formDef.getMainInstance().getRoot();
            if (!nameOf(steps[0]).equals(element.getName())) {
                return 0;
            }
            for (int i = 1; i < steps.length - 1 && element != null; i++) {
                element = element.getChild(nameOf(steps[i]), positionOf(steps[i]));
            }
            return element == null ? 0 : element.getChildMultiplicity(nameOf(steps[steps.length - 1]));
        });
    }

    private static String nameOf(String step) {
        int bracket = step.indexOf('[');
        return bracket < 0 ? step : step.substring(0, bracket);
    }

    private static int positionOf(String step) {
        int bracket = step.indexOf('[');
        return bracket < 0 ? 0 : Integer.parseInt(step.substring(bracket + 1, step.indexOf(']'))) - 1;
    }

    // ---- answers ---------------------------------------------------------------------------

    /**
     * Answers the question at {@code ref}. A violated constraint or an invalid value leaves the
     * stored answer unchanged and says why; save {@link #instanceXml()} afterwards in any case.
     */
    public ValidationResult answer(String ref, Answer answer) {
        Objects.requireNonNull(answer, "answer");
        return engine(() -> {
            FormIndex index = questionIndex(ref);
            FormEntryPrompt prompt = model.getQuestionPrompt(index);
            if (prompt.isReadOnly()) {
                return new ValidationResult(ValidationResult.Status.INVALID_VALUE, ref,
                        Messages.get("form.runtime.readOnly"));
            }
            Optional<IAnswerData> data = AnswerCodec.encode(prompt, answer);
            if (data.isEmpty()) {
                return new ValidationResult(ValidationResult.Status.INVALID_VALUE, ref,
                        Messages.get("form.runtime.invalidValue", answer.toXFormValue()));
            }
            int status = controller.answerQuestion(index, data.get(), true);
            return result(status, ref, index);
        });
    }

    /** Removes the answer at {@code ref}; reports if the question is required. */
    public ValidationResult clearAnswer(String ref) {
        return engine(() -> {
            FormIndex index = questionIndex(ref);
            FormEntryPrompt prompt = model.getQuestionPrompt(index);
            if (prompt.isReadOnly()) {
                return new ValidationResult(ValidationResult.Status.INVALID_VALUE, ref,
                        Messages.get("form.runtime.readOnly"));
            }
            controller.saveAnswer(index, null, true);
            return prompt.isRequired()
                    ? new ValidationResult(ValidationResult.Status.REQUIRED_MISSING, ref,
                            PromptReader.requiredMessage(prompt))
                    : ValidationResult.ok(ref);
        });
    }

    private ValidationResult result(int status, String ref, FormIndex index) {
        switch (status) {
            case FormEntryController.ANSWER_OK:
                return ValidationResult.ok(ref);
            case FormEntryController.ANSWER_CONSTRAINT_VIOLATED:
                return new ValidationResult(ValidationResult.Status.CONSTRAINT_VIOLATED, ref,
                        PromptReader.constraintMessage(model.getQuestionPrompt(index)));
            case FormEntryController.ANSWER_REQUIRED_BUT_EMPTY:
                return new ValidationResult(ValidationResult.Status.REQUIRED_MISSING, ref,
                        PromptReader.requiredMessage(model.getQuestionPrompt(index)));
            default:
                return new ValidationResult(ValidationResult.Status.INVALID_VALUE, ref,
                        Messages.get("form.runtime.invalidValue", ""));
        }
    }

    private FormIndex questionIndex(String ref) {
        FormIndex index = FormIndexRefs.toIndex(ref, formDef);
        if (!index.isInForm() || model.getEvent(index) != FormEntryController.EVENT_QUESTION) {
            throw new CampoException("form.runtime.unknownRef", ref);
        }
        return index;
    }

    // ---- validation and output ---------------------------------------------------------------

    /** The first required-but-empty or constraint problem on the current screen, if any. */
    public Optional<ValidationResult> validateScreen() {
        return engine(() -> {
            for (FormIndex question : questionsOnScreen(model.getFormIndex())) {
                Optional<ValidationResult> problem = check(question);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The first problem in the whole form, in form order: a required question left empty or an
     * answer that no longer satisfies its constraint. Jump to its {@code ref} to show it.
     */
    public Optional<ValidationResult> validateAll() {
        return engine(() -> {
            FormIndex index = model.incrementIndex(FormIndex.createBeginningOfFormIndex(), true);
            while (index.isInForm()) {
                if (model.getEvent(index) == FormEntryController.EVENT_QUESTION && model.isIndexRelevant(index)) {
                    Optional<ValidationResult> problem = check(index);
                    if (problem.isPresent()) {
                        return problem;
                    }
                }
                index = model.incrementIndex(index, true);
            }
            return Optional.empty();
        });
    }

    private Optional<ValidationResult> check(FormIndex question) {
        FormEntryPrompt prompt = model.getQuestionPrompt(question);
        IAnswerData value = prompt.getAnswerValue();
        String ref = FormIndexRefs.toRef(question);
        if (value == null) {
            return prompt.isRequired() && !prompt.isReadOnly()
                    ? Optional.of(new ValidationResult(ValidationResult.Status.REQUIRED_MISSING, ref,
                            PromptReader.requiredMessage(prompt)))
                    : Optional.empty();
        }
        if (!prompt.isReadOnly() && !formDef.evaluateConstraint(question.getReference(), value)) {
            return Optional.of(new ValidationResult(ValidationResult.Status.CONSTRAINT_VIOLATED, ref,
                    PromptReader.constraintMessage(prompt)));
        }
        return Optional.empty();
    }

    /**
     * Marks the interview complete: records {@code end}, then validates everything. On a
     * problem the instance stays a draft; show the problem and jump to its {@code ref}.
     */
    public ValidationResult finalizeInstance() {
        Optional<ValidationResult> problem = engine(() -> {
            metadata.fillEnd();
            return Optional.<ValidationResult>empty();
        });
        problem = validateAll();
        if (problem.isPresent()) {
            return problem.get();
        }
        return engine(() -> {
            formDef.postProcessInstance();
            metadata.fillEnd();
            return ValidationResult.ok(FormIndexRefs.END);
        });
    }

    /** The instance as XForm XML, to save as a draft after every answer or as the submission. */
    public String instanceXml() {
        return engine(() -> {
            try {
                byte[] xml = new XFormSerializingVisitor().serializeInstance(formDef.getInstance());
                return new String(xml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CampoException(e, "form.runtime.cannotSave", definition.formId());
            }
        });
    }

    // ---- language and outline ----------------------------------------------------------------

    public List<String> languages() {
        return definition.languages();
    }

    public Optional<String> language() {
        // A form without translations has no localizer, and JavaRosa fails asking it for one.
        return formDef.getLocalizer() == null ? Optional.empty()
                : engine(() -> Optional.ofNullable(model.getLanguage()));
    }

    /** Switches the form's language; prompts read afterwards are in that language. */
    public void setLanguage(String language) {
        if (!definition.languages().contains(language)) {
            throw new CampoException("form.runtime.unknownLanguage", language);
        }
        engine(() -> {
            controller.setLanguage(language);
            return null;
        });
    }

    /** Every relevant group, repeat instance and question, in form order, for a jump list. */
    public List<OutlineEntry> outline() {
        return engine(() -> {
            List<OutlineEntry> entries = new ArrayList<>();
            FormIndex index = model.incrementIndex(FormIndex.createBeginningOfFormIndex(), true);
            while (index.isInForm()) {
                int event = model.getEvent(index);
                if (model.isIndexRelevant(index)) {
                    FormEntryCaption caption = model.getCaptionPrompt(index);
                    String label = caption.getLongText() == null ? "" : caption.getLongText();
                    int depth = index.getDepth() - 1;
                    String ref = FormIndexRefs.toRef(index);
                    if (event == FormEntryController.EVENT_QUESTION) {
                        boolean answered = model.getQuestionPrompt(index).getAnswerValue() != null;
                        entries.add(new OutlineEntry(ref, OutlineEntry.Kind.QUESTION, label, depth, answered));
                    } else if (event == FormEntryController.EVENT_GROUP && !label.isEmpty()) {
                        entries.add(new OutlineEntry(ref, OutlineEntry.Kind.GROUP, label, depth, false));
                    } else if (event == FormEntryController.EVENT_REPEAT) {
                        String numbered = (label + " " + (index.getElementMultiplicity() + 1)).strip();
                        entries.add(new OutlineEntry(ref, OutlineEntry.Kind.REPEAT_INSTANCE, numbered, depth, false));
                    }
                }
                index = model.incrementIndex(index, true);
            }
            return entries;
        });
    }

    // ---- screens -----------------------------------------------------------------------------

    private Screen screenAt() {
        FormIndex index = model.getFormIndex();
        String ref = FormIndexRefs.toRef(index);
        switch (model.getEvent()) {
            case FormEntryController.EVENT_BEGINNING_OF_FORM:
                return new Screen(Screen.Kind.BEGINNING, ref, List.of(), List.of(), null, 0);
            case FormEntryController.EVENT_END_OF_FORM:
                return new Screen(Screen.Kind.END, ref, List.of(), List.of(), null, 0);
            case FormEntryController.EVENT_PROMPT_NEW_REPEAT: {
                FormEntryCaption caption = model.getCaptionPrompt(index);
                return new Screen(Screen.Kind.ADD_REPEAT, ref, List.of(), reader.groupLabels(index),
                        caption.getLongText(), caption.getNumRepetitions());
            }
            default: {
                List<Prompt> prompts = new ArrayList<>();
                for (FormIndex question : questionsOnScreen(index)) {
                    prompts.add(reader.read(question));
                }
                List<String> breadcrumb = reader.groupLabels(index);
                if (isFieldListScreen(index)) {
                    String label = model.getCaptionPrompt(index).getLongText();
                    if (label != null && !label.isBlank()) {
                        breadcrumb = new ArrayList<>(breadcrumb);
                        breadcrumb.add(label);
                    }
                }
                return new Screen(Screen.Kind.QUESTIONS, ref, prompts, breadcrumb, null, 0);
            }
        }
    }

    private List<FormIndex> questionsOnScreen(FormIndex index) {
        if (!index.isInForm()) {
            return List.of();
        }
        int event = model.getEvent(index);
        if (event == FormEntryController.EVENT_QUESTION) {
            return List.of(index);
        }
        if (!isFieldListScreen(index)) {
            return List.of();
        }
        List<FormIndex> questions = new ArrayList<>();
        FormIndex child = model.incrementIndex(index, true);
        while (child.isInForm() && FormIndex.isSubElement(index, child)) {
            if (model.getEvent(child) == FormEntryController.EVENT_QUESTION && model.isIndexRelevant(child)) {
                questions.add(child);
            }
            child = model.incrementIndex(child, true);
        }
        return questions;
    }

    /** Steps forward from an event until the position is something the filler shows. */
    private void settleForward(int event) {
        while (!isScreenEvent(event, model.getFormIndex())) {
            FormIndex index = model.getFormIndex();
            if (isFieldListScreen(index) && model.isIndexRelevant(index)) {
                // A field-list whose questions are all hidden: pass over it as a whole.
                event = controller.jumpToIndex(model.incrementIndex(index, false));
                if (!isRelevantOrBoundary(event)) {
                    event = controller.stepToNextEvent();
                }
            } else {
                event = controller.stepToNextEvent();
            }
        }
    }

    private boolean isScreenEvent(int event, FormIndex index) {
        switch (event) {
            case FormEntryController.EVENT_END_OF_FORM:
            case FormEntryController.EVENT_PROMPT_NEW_REPEAT:
                return true;
            case FormEntryController.EVENT_QUESTION:
                return model.isIndexRelevant(index);
            case FormEntryController.EVENT_GROUP:
            case FormEntryController.EVENT_REPEAT:
                return isFieldListScreen(index) && model.isIndexRelevant(index)
                        && !questionsOnScreen(index).isEmpty();
            default:
                return false;
        }
    }

    private boolean isRelevantOrBoundary(int event) {
        return event == FormEntryController.EVENT_END_OF_FORM
                || event == FormEntryController.EVENT_PROMPT_NEW_REPEAT
                || event == FormEntryController.EVENT_REPEAT_JUNCTURE
                || model.isIndexRelevant(model.getFormIndex());
    }

    private boolean isFieldListScreen(FormIndex index) {
        if (!index.isInForm()) {
            return false;
        }
        int event = model.getEvent(index);
        if (event != FormEntryController.EVENT_GROUP && event != FormEntryController.EVENT_REPEAT) {
            return false;
        }
        IFormElement element = formDef.getChild(index);
        if (!(element instanceof GroupDef group)) {
            return false;
        }
        String appearance = group.getAppearanceAttr();
        return appearance != null && (appearance.contains("field-list") || appearance.contains("table-list"));
    }

    /** The outermost field-list group containing (or being) this position, which is its screen. */
    private Optional<FormIndex> outermostFieldList(FormIndex index) {
        if (!index.isInForm()) {
            return Optional.empty();
        }
        String ref = FormIndexRefs.toRef(index);
        String[] parts = ref.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(part);
            FormIndex candidate = FormIndexRefs.toIndex(prefix.toString(), formDef);
            if (isFieldListScreen(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<FormIndex> innermostRepeatInstance(FormIndex index) {
        if (!index.isInForm()) {
            return Optional.empty();
        }
        String[] parts = FormIndexRefs.toRef(index).split("\\.");
        Optional<FormIndex> found = Optional.empty();
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(part);
            FormIndex candidate = FormIndexRefs.toIndex(prefix.toString(), formDef);
            if (model.getEvent(candidate) == FormEntryController.EVENT_REPEAT) {
                found = Optional.of(candidate);
            }
        }
        return found;
    }

    private void requireAddRepeatScreen() {
        if (model.getEvent() != FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
            throw new CampoException("form.runtime.notAtRepeatPrompt");
        }
    }

    private <T> T engine(Supplier<T> work) {
        return call(definition, context, work);
    }

    /**
     * Runs engine work, turning the engine's unchecked failures (mostly XPath errors in a form's
     * calculations, which only show when certain answers are given) into a located Campo error.
     */
    private static <T> T call(FormDefinition definition, SessionContext context, Supplier<T> work) {
        try {
            return JavaRosaEnvironment.call(definition.attachments(), context, work);
        } catch (CampoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CampoException(e, "form.runtime.engineError", definition.formId(),
                    FormLoader.shorten(e.getMessage()));
        }
    }
}
