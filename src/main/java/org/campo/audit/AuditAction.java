package org.campo.audit;

/** The events that are recorded. Their codes are stored, so never rename one. */
public final class AuditAction {
    public static final String STUDY_CREATED = "study.created";
    public static final String STUDY_COMPLETED = "study.completed";
    public static final String UNLOCKED = "study.unlocked";
    public static final String UNLOCKED_WITH_RECOVERY = "study.unlocked.recovery";
    public static final String UNLOCK_FAILED = "study.unlock.failed";
    public static final String LOCKED = "study.locked";
    public static final String MEMBER_ADDED = "member.added";
    public static final String ROLE_CHANGED = "member.role.changed";
    public static final String PASSPHRASE_CHANGED = "member.passphrase.changed";
    public static final String SITE_ADDED = "site.added";
    public static final String SITE_CHANGED = "site.changed";
    /** A point no longer offered for new work; its data stays. */
    public static final String SITE_RETIRED = "site.retired";
    public static final String SITE_REACTIVATED = "site.reactivated";
    public static final String FORM_IMPORTED = "form.imported";
    public static final String SUBMISSION_CREATED = "submission.created";
    public static final String SUBMISSION_FINALIZED = "submission.finalized";
    public static final String SUBMISSION_EDITED = "submission.edited";
    public static final String SUBMISSION_DELETED = "submission.deleted";
    public static final String CONSENT_SCRIPT_ASSIGNED = "consent.script.assigned";
    public static final String SUBMISSION_CORRECTED = "submission.corrected";
    public static final String SUBMISSION_REVIEWED = "submission.reviewed";
    public static final String SUBMISSIONS_IMPORTED = "submission.imported";
    /** An unreadable stored submission removed by "campo data quarantine". */
    public static final String SUBMISSION_QUARANTINED = "submission.quarantined";
    public static final String SUBMISSIONS_INDEXED = "submission.indexed";
    /** Submissions from before clear columns were sealed, sealed once at unlock. */
    public static final String SUBMISSIONS_SEALED = "submission.sealed";
    /**
     * Metadata (participant codes, login names, consent decisions, withdrawals) and the audit
     * trail's actors and details of an older file sealed at unlock; the chain was re-linked, and
     * the entry names the head it replaced as its subject.
     */
    public static final String METADATA_SEALED = "study.metadataSealed";
    public static final String CONSENT_SCRIPT_ADDED = "consent.script.added";
    public static final String CONSENT_RECORDED = "consent.recorded";
    public static final String PARTICIPANT_ADDED = "participant.added";
    public static final String WITHDRAWAL = "participant.withdrawn";
    public static final String PARTICIPANT_CHANGED = "participant.changed";
    public static final String PARTICIPANT_ERASED = "participant.erased";
    public static final String SHIFT_STARTED = "shift.started";
    public static final String SHIFT_ENDED = "shift.ended";
    public static final String EXPORT = "export";
    public static final String KIT_WRITTEN = "merge.kit.written";
    public static final String STUDY_JOINED = "merge.joined";
    public static final String COORDINATOR_KEY_CREATED = "merge.key.created";
    public static final String PACKAGE_WRITTEN = "merge.package.written";
    public static final String PACKAGE_MERGED = "merge.package.merged";
    public static final String SUBMISSION_MERGED = "merge.submission.added";
    public static final String MERGE_CONFLICT = "merge.conflict";
    public static final String MERGE_RESOLVED = "merge.conflict.resolved";
    public static final String BACKUP_MADE = "study.backup";
    public static final String SENSITIVE_INCLUDED = "export.sensitive.included";
    public static final String QDA_SOURCE_ADDED = "qda.source.added";
    public static final String QDA_SOURCE_CHANGED = "qda.source.changed";
    public static final String QDA_SOURCE_DELETED = "qda.source.deleted";
    public static final String QDA_CODE_ADDED = "qda.code.added";
    public static final String QDA_CODE_CHANGED = "qda.code.changed";
    public static final String QDA_CODE_MERGED = "qda.code.merged";
    public static final String QDA_CODE_DELETED = "qda.code.deleted";
    public static final String QDA_CODEBOOK_IMPORTED = "qda.codebook.imported";
    public static final String QDA_CODED = "qda.coding.added";
    public static final String QDA_UNCODED = "qda.coding.deleted";
    public static final String QDA_CONSENSUS = "qda.consensus.recorded";
    public static final String QDA_MEMO_ADDED = "qda.memo.added";
    public static final String QDA_MEMO_CHANGED = "qda.memo.changed";
    public static final String QDA_MEMO_DELETED = "qda.memo.deleted";
    public static final String QDA_CASE_CHANGED = "qda.case.changed";
    public static final String QDA_SUMMARY_CHANGED = "qda.summary.changed";
    public static final String QDA_PROJECT_IMPORTED = "qda.project.imported";

    private AuditAction() {
    }
}
