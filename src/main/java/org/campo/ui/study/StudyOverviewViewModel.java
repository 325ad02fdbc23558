package org.campo.ui.study;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.campo.collect.SubmissionReviews;
import org.campo.model.StudyRecord;
import org.campo.study.OpenStudy;

/** The figures on the study's home section, read once when the section is shown. */
public final class StudyOverviewViewModel {
    private final String studyName;
    private final Instant createdAt;
    private final int members;
    private final int sites;
    private final long auditEntries;
    private final String fileName;
    private final boolean viaRecoveryKey;
    private final List<SubmissionReviews.WorkCount> work;
    private final String shiftPoint;
    private final String nextForm;

    /**
     * Reads everything at once: the view may be relabelled after the study was locked, and a
     * locked study can no longer be read.
     */
    public StudyOverviewViewModel(OpenStudy study) {
        this(study, List.of(), null, List.of());
    }

    /**
     * @param work       today's and this week's submissions per form and site (empty when the
     *                   member may not read responses)
     * @param shiftPoint the point of the enumerator's current shift, or null
     * @param formIds    the study's forms, in library order, to suggest the next survey from
     */
    public StudyOverviewViewModel(OpenStudy study, List<SubmissionReviews.WorkCount> work, String shiftPoint,
                                  List<String> formIds) {
        this.work = List.copyOf(work);
        this.shiftPoint = shiftPoint;
        this.nextForm = shiftPoint == null ? null : work.stream().filter(w -> shiftPoint.equals(w.siteCode()))
                .max(java.util.Comparator.comparingLong(SubmissionReviews.WorkCount::thisWeek))
                .map(SubmissionReviews.WorkCount::formId)
                .orElse(formIds.stream().filter(id -> !id.toLowerCase(Locale.ROOT).contains("interview")).findFirst()
                        .orElse(null));
        StudyRecord record = study.record();
        this.studyName = record.name();
        this.createdAt = record.createdAt();
        this.members = study.listMembers().size();
        this.sites = study.listSites().size();
        this.auditEntries = study.audit().size();
        this.fileName = study.file().getFileName().toString();
        this.viaRecoveryKey = study.unlockedWithRecoveryKey();
    }

    public String studyName() {
        return studyName;
    }

    public String createdOn(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(createdAt.atZone(ZoneId.systemDefault()));
    }

    public int members() {
        return members;
    }

    public int sites() {
        return sites;
    }

    public long auditEntries() {
        return auditEntries;
    }

    public String fileName() {
        return fileName;
    }

    public List<SubmissionReviews.WorkCount> work() {
        return work;
    }

    /** The current shift's point, or null when no shift is open. */
    public String shiftPoint() {
        return shiftPoint;
    }

    /** The form to start at the shift's point (the one most used there this week), or null. */
    public String nextForm() {
        return nextForm;
    }

    public String nextFormTitle() {
        return work.stream().filter(w -> w.formId().equals(nextForm)).map(SubmissionReviews.WorkCount::formTitle)
                .findFirst().orElse(nextForm);
    }

    public boolean unlockedWithRecoveryKey() {
        return viaRecoveryKey;
    }
}
