package org.campo.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.form.runtime.Answer;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormSession;
import org.campo.form.runtime.OutlineEntry;
import org.campo.form.runtime.Prompt;
import org.campo.form.runtime.PromptType;
import org.campo.form.runtime.SessionContext;
import org.campo.form.runtime.ValidationResult;
import org.campo.model.Correction;
import org.campo.model.ReviewStatus;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Reviewing collected data: reading a submission's answers without opening the filler,
 * correcting one answer with a reason (the value it replaced is kept, the change is sealed in
 * the audit trail, and the next export lists it), a review status per submission (approved or
 * needs attention), and the submission's own audit trail.
 */
public final class SubmissionReviews {
    /** How many audit entries are read per page when looking for one submission's trail. */
    private static final int PAGE = 2_000;
    private final OpenStudy study;
    private final FormLibrary library;

    public SubmissionReviews(OpenStudy study, FormLibrary library) {
        this.study = study;
        this.library = library;
    }

    /** One answer as read: the question, its value (choice labels shown in {@code language}), and the prompt. */
    public record AnswerLine(String ref, String name, String label, PromptType type, String value, Prompt prompt) {
    }

    /** The submissions of every version of a form that pass {@code filter}, newest first. */
    public List<SubmissionRow> list(String formId, SubmissionFilter filter) {
        study.require(Capability.READ_RESPONSES);
        Map<String, String> members = new java.util.HashMap<>();
        study.members().all().forEach(m -> members.put(m.id(), m.userName()));
        Map<String, ReviewStatus> reviews = statuses();
        Map<String, Integer> corrections = new java.util.HashMap<>();
        study.changes().read(r -> {
            r.reviews().forEachCorrection(c -> corrections.merge(c.submissionId(), 1, Integer::sum));
            return null;
        });
        List<String> refs = study.forms().versionsOf(formId).stream().map(v -> v.id()).toList();
        String needle = fold(filter.search());
        List<SubmissionRow> rows = new ArrayList<>();
        java.util.function.Consumer<Submission> take = s -> {
            SubmissionRow row = new SubmissionRow(s.id(), s.formRef(), s.status(), reviews.get(s.id()), s.createdAt(),
                    s.updatedAt(), s.siteCode(), members.getOrDefault(s.memberId(), ""), s.rev(),
                    corrections.getOrDefault(s.id(), 0));
            if (passes(row, filter) && (needle.isEmpty() || fold(row.siteCode() + " " + row.enumerator() + " "
                    + textOf(s.instanceXml())).contains(needle))) {
                rows.add(row);
            }
        };
        for (SubmissionStatus status : SubmissionStatus.values()) {
            study.submissions().forEach(refs, status, take);
        }
        rows.sort(java.util.Comparator.comparing(SubmissionRow::createdAt).reversed());
        return rows;
    }

    private static boolean passes(SubmissionRow row, SubmissionFilter f) {
        if (f.siteCode() != null && !f.siteCode().equals(row.siteCode())) {
            return false;
        }
        if (f.enumerator() != null && !f.enumerator().equals(row.enumerator())) {
            return false;
        }
        java.time.LocalDate day = row.createdAt().atZone(f.zone()).toLocalDate();
        if (f.from() != null && day.isBefore(f.from()) || f.to() != null && day.isAfter(f.to())) {
            return false;
        }
        return switch (f.status() == null ? SubmissionFilter.Status.ANY : f.status()) {
            case ANY -> true;
            case DRAFT -> row.status() == SubmissionStatus.DRAFT;
            case FINAL -> row.status() == SubmissionStatus.FINAL;
            case APPROVED -> row.review() == ReviewStatus.APPROVED;
            case NEEDS_ATTENTION -> row.review() == ReviewStatus.NEEDS_ATTENTION;
            case NOT_REVIEWED -> row.review() == null;
        };
    }

    /** The answers of an instance as plain text (tags dropped), for searching. */
    private static String textOf(String xml) {
        return xml == null ? "" : xml.replaceAll("<[^>]*>", " ");
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The answers of a submission, question by question, in form order (notes left out), with
     * labels in {@code language} (a form language, or a language code such as {@code es}).
     */
    public List<AnswerLine> answers(String submissionId, String language) {
        study.require(Capability.READ_RESPONSES);
        FormSession session = open(find(submissionId), language);
        List<AnswerLine> lines = new ArrayList<>();
        for (OutlineEntry entry : session.outline()) {
            if (entry.kind() != OutlineEntry.Kind.QUESTION) {
                continue;
            }
            session.jumpTo(entry.ref()).prompts().stream().filter(p -> p.ref().equals(entry.ref()))
                    .filter(p -> p.type() != PromptType.NOTE).findFirst()
                    .ifPresent(p -> lines.add(new AnswerLine(p.ref(), nameOf(p), p.label(), p.type(),
                            p.answer().map(a -> shown(p, a)).orElse(""), p)));
        }
        return lines;
    }

    /**
     * Replaces one answer of a submission, giving the reason; the form's rules apply as in the
     * filler. Returns the correction recorded.
     *
     * @throws CampoException {@code collect.correction.reasonMissing} without a reason,
     *                        {@code collect.correction.invalid} when the form refuses the value
     */
    public Correction correct(String submissionId, String ref, Answer answer, String reason) {
        study.require(Capability.COLLECT);
        study.require(Capability.READ_RESPONSES);
        if (reason == null || reason.isBlank()) {
            throw new CampoException("collect.correction.reasonMissing");
        }
        Submission s = find(submissionId);
        FormSession session = open(s, null);
        Prompt prompt = session.jumpTo(ref).prompts().stream().filter(p -> p.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new CampoException("collect.correction.noQuestion", ref));
        String old = prompt.answer().map(Answer::toXFormValue).orElse("");
        ValidationResult result = answer == null ? session.clearAnswer(ref) : session.answer(ref, answer);
        if (!result.isOk()) {
            throw new CampoException("collect.correction.invalid", nameOf(prompt), result.message());
        }
        String xml = session.instanceXml();
        return study.changes().apply(c -> {
            Submission next = s.withInstance(xml, s.status(), c.now());
            c.repositories().submissions().update(next);
            Correction correction = new Correction(Ids.newId(), s.id(), next.rev(), c.now(), study.member().id(),
                    nameOf(prompt), old, answer == null ? "" : answer.toXFormValue(), reason.strip());
            c.repositories().reviews().addCorrection(correction);
            c.audit(AuditAction.SUBMISSION_CORRECTED, "submission", s.id(), true,
                    "question=" + nameOf(prompt) + " rev=" + next.rev());
            return correction;
        });
    }

    /** Sets the review status of a submission (coordinators and researchers who manage forms). */
    public void review(String submissionId, ReviewStatus status) {
        study.require(Capability.MANAGE_FORMS);
        find(submissionId);
        study.changes().run(c -> {
            c.repositories().reviews().setStatus(submissionId, status, c.now(), study.member().id());
            c.audit(AuditAction.SUBMISSION_REVIEWED, "submission", submissionId, false, "status=" + status.code());
        });
    }

    /** Work done per form and site: submissions started today and this week (Monday to today). */
    public record WorkCount(String formId, String formTitle, String siteCode, long today, long thisWeek) {
    }

    /** Today's and this week's submissions per form and site, by the study's clock in {@code zone}. */
    public List<WorkCount> workCounts(java.time.ZoneId zone) {
        study.require(Capability.READ_RESPONSES);
        java.time.LocalDate today = study.clock().instant().atZone(zone).toLocalDate();
        java.time.LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        List<WorkCount> counts = new ArrayList<>();
        for (FormSummary form : library.forms()) {
            Map<String, long[]> bySite = new java.util.TreeMap<>();
            for (var version : study.forms().versionsOf(form.form().formId())) {
                for (var s : study.submissions().list(version.id())) {
                    java.time.LocalDate day = s.createdAt().atZone(zone).toLocalDate();
                    if (day.isBefore(monday) || day.isAfter(today)) {
                        continue;
                    }
                    long[] c = bySite.computeIfAbsent(s.siteCode() == null ? "" : s.siteCode(), k -> new long[2]);
                    c[1]++;
                    if (day.equals(today)) {
                        c[0]++;
                    }
                }
            }
            bySite.forEach((site, c) -> counts.add(new WorkCount(form.form().formId(), form.form().title(), site,
                    c[0], c[1])));
        }
        return counts;
    }

    /** The user names of the study's members, for filtering by enumerator. */
    public List<String> enumerators() {
        return study.members().all().stream().map(m -> m.userName()).sorted().toList();
    }

    /** Every reviewed submission's status. */
    public Map<String, ReviewStatus> statuses() {
        return study.changes().read(r -> r.reviews().statuses());
    }

    public List<Correction> corrections(String submissionId) {
        return study.changes().read(r -> r.reviews().corrections(submissionId));
    }

    /** The audit entries about one submission, oldest first. */
    public List<AuditEntry> trail(String submissionId) {
        study.require(Capability.READ_RESPONSES);
        List<AuditEntry> trail = new ArrayList<>();
        long from = 1;
        while (true) {
            List<AuditEntry> page = study.audit().entries(from, PAGE);
            page.stream().filter(e -> submissionId.equals(e.subjectId())).forEach(trail::add);
            if (page.size() < PAGE) {
                return trail;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
    }

    private Submission find(String submissionId) {
        return study.submissions().findById(submissionId)
                .orElseThrow(() -> new CampoException("collect.unknownSubmission", submissionId));
    }

    private FormSession open(Submission s, String language) {
        FormDefinition definition = library.definition(library.version(s.formRef()));
        FormSession session = FormSession.resume(definition, s.instanceXml(),
                new SessionContext(study.deviceId(), study.member().userName(), study.clock()), Optional.empty());
        if (language != null) {
            definition.languages().stream().filter(l -> l.equals(language) || l.endsWith("(" + language + ")"))
                    .findFirst().ifPresent(session::setLanguage);
        }
        return session;
    }

    /** The question's name, with its position inside a repeat ({@code child_age[2]}). */
    static String nameOf(Prompt p) {
        String path = p.path();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\[\\d+]$", "");
        return p.repeatPosition() > 0 ? name + "[" + p.repeatPosition() + "]" : name;
    }

    private static String shown(Prompt p, Answer a) {
        String value = a.toXFormValue();
        if (p.type() == PromptType.SELECT_ONE || p.type() == PromptType.SELECT_MULTIPLE) {
            List<String> labels = new ArrayList<>();
            for (String v : value.split(" ")) {
                labels.add(p.choices().stream().filter(o -> o.value().equals(v)).findFirst()
                        .map(o -> o.label() == null || o.label().isBlank() ? v : o.label()).orElse(v));
            }
            return String.join(", ", labels);
        }
        return value;
    }
}
