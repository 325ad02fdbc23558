package org.campo.ui.forms;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.campo.common.CampoException;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.OutlineEntry;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.form.runtime.Screen;
import org.campo.form.runtime.ValidationResult;
import org.campo.ui.common.DialogService;
import org.campo.ui.common.I18n;
import org.campo.ui.common.Message;

/**
 * The form filler's state and commands, without any Node. Every answer goes to the
 * {@link FormFilling} the moment it is given (which saves the draft), every move is remembered
 * so a draft reopens on the same screen, and problems are kept per question so the view shows
 * them beside the question instead of in a dialog that would interrupt fast entry.
 */
public final class FormFillerViewModel {
    private final FormFilling filling;
    private final DialogService dialogs;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<OutlineEntry> outline = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private final BooleanProperty finalized = new SimpleBooleanProperty();

    public FormFillerViewModel(FormFilling filling, DialogService dialogs) {
        this.filling = filling;
        this.dialogs = dialogs;
        language.set(filling.form().language().orElse(null));
        language.addListener((obs, old, now) -> {
            if (now != null && !now.equals(filling.form().language().orElse(null))) {
                filling.form().setLanguage(now);
                refresh();
            }
        });
        Screen start = filling.form().current();
        show(start.kind() == Screen.Kind.BEGINNING ? filling.form().next() : start);
    }

    // ---- reading -----------------------------------------------------------------------------

    public String title() {
        return filling.form().definition().title();
    }

    public boolean isPreview() {
        return !filling.persistent();
    }

    public FormFilling filling() {
        return filling;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public Screen screen() {
        return screen.get();
    }

    /** Problems beside questions: question ref to the sentence to show in red. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ObservableList<OutlineEntry> outline() {
        return outline;
    }

    /** Share of the questions before the current screen, 0 to 1 (1 at the end). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public List<String> languages() {
        return filling.form().languages();
    }

    /** The form language; setting it re-reads the screen in that language. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    /** A short confirmation such as "Saved", shown briefly by the view. */
    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty finalizedProperty() {
        return finalized;
    }

    // ---- answering ---------------------------------------------------------------------------

    /** Gives an answer; true when it was accepted (and saved). */
    public boolean answer(String ref, Answer answer) {
        ValidationResult result = filling.answer(ref, answer);
        return record(ref, result);
    }

    /** Removes an answer (an emptied field). */
    public void clear(String ref) {
        filling.clearAnswer(ref);
        problems.remove(ref);
        refreshAfterAnswer();
    }

    /**
     * Answers from typed text: blank clears, text that is not a value of the question's type
     * shows a problem beside the question and keeps the previous answer.
     */
    public boolean answerText(String ref, PromptType type, String text) {
        Optional<Answer> parsed;
        try {
            parsed = AnswerParsing.parse(type, text);
        } catch (IllegalArgumentException e) {
            problems.put(ref, I18n.get(AnswerParsing.invalidKey(type)));
            return false;
        }
        if (parsed.isEmpty()) {
            clear(ref);
            return true;
        }
        return answer(ref, parsed.get());
    }

    /** Shows a problem beside a question whose entry could not be turned into an answer. */
    public void reject(String ref, String messageKey) {
        problems.put(ref, I18n.get(messageKey));
    }

    private boolean record(String ref, ValidationResult result) {
        if (result.isOk()) {
            problems.remove(ref);
            refreshAfterAnswer();
            return true;
        }
        problems.put(ref, result.message() == null ? I18n.get("ui.forms.invalid.value") : result.message());
        return false;
    }

    /**
     * Re-reads the screen after an answer: relevance, choice filters and labels with outputs may
     * have changed. The view rebuilds only when the screen's shape changed.
     */
    private void refreshAfterAnswer() {
        Screen now = filling.form().current();
        screen.set(now);
        updateOutline();
    }

    // ---- moving ------------------------------------------------------------------------------

    /**
     * The next screen, unless a required answer is missing or an answer breaks its constraint:
     * then the user stays and the problem shows beside the question. Returns whether it moved.
     */
    public boolean next() {
        Screen current = screen.get();
        if (current.kind() == Screen.Kind.END) {
            return false;
        }
        if (current.kind() == Screen.Kind.QUESTIONS) {
            Optional<ValidationResult> problem = filling.form().validateScreen();
            if (problem.isPresent()) {
                problems.put(problem.get().ref(), problem.get().message());
                return false;
            }
        }
        show(current.kind() == Screen.Kind.ADD_REPEAT ? filling.form().declineRepeat() : filling.form().next());
        return true;
    }

    public void previous() {
        Screen before = filling.form().previous();
        show(before.kind() == Screen.Kind.BEGINNING ? filling.form().next() : before);
    }

    public void jumpTo(String ref) {
        show(filling.form().jumpTo(ref));
    }

    public void addRepeat() {
        show(filling.addRepeat());
    }

    public void declineRepeat() {
        show(filling.form().declineRepeat());
    }

    /** The label of the repeat the current screen is in, or empty outside repeats. */
    public Optional<String> currentRepeatLabel() {
        Screen s = screen.get();
        if (s.kind() != Screen.Kind.QUESTIONS || s.prompts().isEmpty()) {
            return Optional.empty();
        }
        Prompt first = s.prompts().get(0);
        if (first.repeatPosition() == 0 || first.groupLabels().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(first.groupLabels().get(first.groupLabels().size() - 1));
    }

    /** Removes the repeat instance on screen after the user confirms; true when removed. */
    public boolean removeRepeat() {
        Optional<String> label = currentRepeatLabel();
        if (label.isEmpty() || !dialogs.confirm(Message.of("ui.forms.repeat.removeConfirm", label.get()))) {
            return false;
        }
        show(filling.removeRepeat());
        return true;
    }

    /** Whether a notice reports a problem (shown as a warning and kept) rather than a confirmation. */
    public static boolean isProblemNotice(Message notice) {
        return "ui.forms.finalize.problem".equals(notice.key()) || "ui.forms.previewNotSaved".equals(notice.key());
    }

    /** Answers are saved as they are given; this records the position and confirms it. */
    public void save() {
        filling.remember(screen.get());
        notice.set(Message.of(filling.persistent() ? "ui.forms.saved" : "ui.forms.previewNotSaved"));
    }

    /**
     * Finalizes: on a problem, jumps to the question and shows the problem beside it;
     * returns whether the submission is now final.
     */
    public boolean finalizeSubmission() {
        ValidationResult result;
        try {
            result = filling.finalizeSubmission();
        } catch (CampoException e) {
            dialogs.showError(Message.of(e));
            return false;
        }
        if (!result.isOk()) {
            show(filling.form().jumpTo(result.ref()));
            problems.put(result.ref(), result.message());
            notice.set(Message.of("ui.forms.finalize.problem"));
            return false;
        }
        finalized.set(true);
        notice.set(Message.of(filling.persistent() ? "ui.forms.finalize.done" : "ui.forms.finalize.previewOk"));
        return true;
    }

    /** Re-reads the current screen, e.g. after a language change. */
    public void refresh() {
        screen.set(null);
        screen.set(filling.form().current());
        updateOutline();
    }

    private void show(Screen next) {
        problems.clear();
        screen.set(next);
        filling.remember(next);
        updateOutline();
    }

    private void updateOutline() {
        List<OutlineEntry> entries = filling.form().outline();
        outline.setAll(entries);
        double p = progressOf(screen.get(), entries);
        if (p >= 0) {
            progress.set(p);
        }
    }

    static double progressOf(Screen screen, List<OutlineEntry> entries) {
        if (screen == null) {
            return 0;
        }
        if (screen.kind() == Screen.Kind.END) {
            return 1;
        }
        List<OutlineEntry> questions = entries.stream().filter(e -> e.kind() == OutlineEntry.Kind.QUESTION).toList();
        if (questions.isEmpty() || screen.prompts().isEmpty()) {
            return screen.kind() == Screen.Kind.BEGINNING ? 0 : -1;
        }
        String ref = screen.prompts().get(0).ref();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).ref().equals(ref)) {
                return (double) i / questions.size();
            }
        }
        return -1;
    }
}
