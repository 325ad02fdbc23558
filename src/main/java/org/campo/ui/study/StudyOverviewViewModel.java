package org.campo.ui.study;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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

    /**
     * Reads everything at once: the view may be relabelled after the study was locked, and a
     * locked study can no longer be read.
     */
    public StudyOverviewViewModel(OpenStudy study) {
        StudyRecord record = study.record();
        this.studyName = record.name();
        this.createdAt = record.createdAt();
        this.members = study.members().all().size();
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

    public boolean unlockedWithRecoveryKey() {
        return viaRecoveryKey;
    }
}
