package org.campo.store;

/**
 * Every table of a study behind its repository interface. A unit of work hands one of these to
 * the change it runs; services never build repositories themselves, so the SQLite wiring (and
 * the role guard put around it) lives in one place.
 */
public interface Repositories {
    MemberRepository members();

    SiteRepository sites();

    FormRepository forms();

    SubmissionRepository submissions();

    ConsentRepository consents();

    ParticipantRepository participants();

    TombstoneRepository tombstones();

    /** Review statuses of submissions and the corrections made to them. */
    ReviewRepository reviews();

    /** Study-wide settings (e.g. the current shift), stored as name/value pairs. */
    SettingsRepository settings();

    /** Qualitative analysis: texts to code. */
    SourceRepository sources();

    /** Qualitative analysis: the hierarchical codebook. */
    CodeRepository codes();

    /** Qualitative analysis: coded segments. */
    CodingRepository codings();

    /** Qualitative analysis: memos. */
    MemoRepository memos();

    /** Qualitative analysis: attributes of cases (participants). */
    CaseAttributeRepository caseAttributes();

    /** The researcher's summaries of triangulation-matrix cells. */
    MatrixSummaryRepository matrixSummaries();
    /** Merge bookkeeping (device heads, merged packages, conflicts). */
    MergeRepository merges();
}
