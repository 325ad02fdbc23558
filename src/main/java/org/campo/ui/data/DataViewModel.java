package org.campo.ui.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campo.audit.AuditEntry;
import org.campo.collect.FormSummary;
import org.campo.collect.SubmissionFilter;
import org.campo.collect.SubmissionReviews;
import org.campo.collect.SubmissionReviews.AnswerLine;
import org.campo.collect.SubmissionRow;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.ChoiceOption;
import org.campo.model.Correction;
import org.campo.model.ReviewStatus;
import org.campo.ui.common.AuditSentences;
import org.campo.ui.common.Dates;
import org.campo.ui.common.Message;

/**
 * The Data section: the submissions of one form with filters (site, date range, enumerator,
 * status) and a search; the selected submission's answers, read-only, with a correction of one
 * answer (new value and reason), its review status, and its own audit trail in sentences.
 */
public final class DataViewModel {
    private final Supplier<List<FormSummary>> formSource;
    private final SubmissionReviews reviews;
    private final ZoneId zone;
    private final boolean canReview;
    private final ObservableList<FormSummary> forms = FXCollections.observableArrayList();
    private final ObjectProperty<FormSummary> form = new SimpleObjectProperty<>();
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final ObservableList<String> enumerators = FXCollections.observableArrayList();
    private final ObjectProperty<String> site = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> enumerator = new SimpleObjectProperty<>();
    private final ObjectProperty<SubmissionFilter.Status> status = new SimpleObjectProperty<>(SubmissionFilter.Status.ANY);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<SubmissionRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SubmissionRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<AnswerLine> answers = FXCollections.observableArrayList();
    private final ObservableList<TrailLine> trail = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerLine> answer = new SimpleObjectProperty<>();
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty problem = new SimpleBooleanProperty(false);
    private boolean loading;

    /** One line of a submission's own audit trail. */
    public record TrailLine(java.time.Instant at, String actor, Message sentence) {
    }

    public DataViewModel(Supplier<List<FormSummary>> forms, List<String> sites, List<String> enumerators,
                         SubmissionReviews reviews, boolean canReview, ZoneId zone) {
        this.formSource = forms;
        this.reviews = reviews;
        this.canReview = canReview;
        this.zone = zone;
        this.sites.setAll(sites);
        this.enumerators.setAll(enumerators);
        form.addListener((o, a, b) -> refresh());
        for (var p : List.of(site, from, to, enumerator, status)) {
            p.addListener((o, a, b) -> refresh());
        }
        search.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> showSelected());
        answer.addListener((o, a, now) -> {
            newValue.set(now == null ? "" : now.prompt().answer().map(given -> given instanceof Answer.Date d
                    ? Dates.format(d.value(), Messages.locale()) : given.toXFormValue()).orElse(""));
            reason.set("");
        });
    }

    public void load() {
        loading = true;
        List<FormSummary> all = formSource.get();
        forms.setAll(all);
        loading = false;
        form.set(all.isEmpty() ? null : all.get(0));
        refresh();
    }

    /** Reads the list again with the current filters, keeping the selected submission when it still passes. */
    public void refresh() {
        if (loading) {
            return;
        }
        FormSummary f = form.get();
        String keep = selected.get() == null ? null : selected.get().id();
        if (f == null) {
            rows.clear();
            selected.set(null);
            return;
        }
        List<SubmissionRow> list = reviews.list(f.form().formId(), new SubmissionFilter(site.get(), from.get(),
                to.get(), enumerator.get(), status.get(), search.get(), zone));
        rows.setAll(list);
        selected.set(list.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    private void showSelected() {
        SubmissionRow row = selected.get();
        answer.set(null);
        if (row == null) {
            answers.clear();
            trail.clear();
            return;
        }
        answers.setAll(reviews.answers(row.id(), formLanguage()));
        List<TrailLine> lines = new ArrayList<>();
        List<Correction> corrections = reviews.corrections(row.id());
        for (AuditEntry e : reviews.trail(row.id())) {
            lines.add(new TrailLine(e.at(), e.actor(), AuditSentences.describe(e, corrections, this::formTitle)));
        }
        trail.setAll(lines);
    }

    /** The title of a form of this study as the form list shows it; null for a form it does not hold. */
    private String formTitle(String formId) {
        return forms.stream().filter(f -> f.form().formId().equals(formId)).map(f -> f.form().title())
                .findFirst().orElse(null);
    }

    /** The form language that matches the interface language, so choices show in the user's language. */
    private String formLanguage() {
        FormSummary f = form.get();
        return f == null ? null : Messages.locale().getLanguage();
    }

    /** Saves the correction of the selected answer; false (with the reason shown) when it was refused. */
    public boolean correct() {
        SubmissionRow row = selected.get();
        AnswerLine line = answer.get();
        if (row == null || line == null) {
            return false;
        }
        try {
            reviews.correct(row.id(), line.ref(), parse(line, newValue.get()), reason.get());
        } catch (CampoException e) {
            show(Message.of(e), true);
            return false;
        } catch (IllegalArgumentException e) {
            show(Message.of("ui.data.correct.badValue", newValue.get()), true);
            return false;
        }
        show(Message.of("ui.data.correct.done", line.name()), false);
        String keep = row.id();
        refresh();
        rows.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(r -> {
            selected.set(null);
            selected.set(r);
        });
        return true;
    }

    /** Sets the selected submission's review status. */
    public void review(ReviewStatus reviewStatus) {
        SubmissionRow row = selected.get();
        if (row == null) {
            return;
        }
        try {
            reviews.review(row.id(), reviewStatus);
        } catch (CampoException e) {
            show(Message.of(e), true);
            return;
        }
        show(Message.of("ui.data.review.done", Messages.get("ui.data.review." + reviewStatus.code())), false);
        String keep = row.id();
        refresh();
        rows.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(r -> {
            selected.set(null);
            selected.set(r);
        });
    }

    /** The typed value as an answer of the question's type (choices by value or label); null clears it. */
    static Answer parse(AnswerLine line, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        return switch (line.type()) {
            case INTEGER -> new Answer.IntegerNumber(Long.parseLong(t));
            case DECIMAL, RANGE -> new Answer.DecimalNumber(new BigDecimal(t.replace(',', '.')));
            case DATE -> {
                LocalDate d = Dates.parse(t, Messages.locale());
                if (d == null) {
                    throw new IllegalArgumentException(t);
                }
                yield new Answer.Date(d);
            }
            case SELECT_ONE -> new Answer.Choice(choice(line, t));
            case SELECT_MULTIPLE -> new Answer.Choices(Arrays.stream(t.split("[,\\s]+")).filter(s -> !s.isBlank())
                    .map(s -> choice(line, s)).toList());
            default -> new Answer.Text(t);
        };
    }

    private static String choice(AnswerLine line, String typed) {
        String folded = typed.toLowerCase(Locale.ROOT);
        for (ChoiceOption o : line.prompt().choices()) {
            if (o.value().equalsIgnoreCase(typed) || o.label() != null && o.label().toLowerCase(Locale.ROOT).equals(folded)) {
                return o.value();
            }
        }
        throw new IllegalArgumentException(typed);
    }

    private void show(Message m, boolean isProblem) {
        problem.set(isProblem);
        message.set(m);
    }

    public boolean canReview() {
        return canReview;
    }

    public ObservableList<FormSummary> forms() {
        return forms;
    }

    public ObjectProperty<FormSummary> formProperty() {
        return form;
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public ObservableList<String> enumerators() {
        return enumerators;
    }

    public ObjectProperty<String> siteProperty() {
        return site;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> enumeratorProperty() {
        return enumerator;
    }

    public ObjectProperty<SubmissionFilter.Status> statusProperty() {
        return status;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<SubmissionRow> rows() {
        return rows;
    }

    public ObjectProperty<SubmissionRow> selectedProperty() {
        return selected;
    }

    public ObservableList<AnswerLine> answers() {
        return answers;
    }

    public ObservableList<TrailLine> trail() {
        return trail;
    }

    public ObjectProperty<AnswerLine> answerProperty() {
        return answer;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Message> messageProperty() {
        return message;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }

    public ZoneId zone() {
        return zone;
    }
}
