package org.campo.store;

import org.campo.crypto.FieldCipher;

/**
 * The SQLite wiring of {@link Repositories}: the one place (with the study's unlock code) where
 * repository implementations are constructed. Each repository is built once per open study.
 */
public final class SqliteRepositories implements Repositories {
    private final MemberRepository members;
    private final SiteRepository sites;
    private final FormRepository forms;
    private final SubmissionRepository submissions;
    private final ConsentRepository consents;
    private final ParticipantRepository participants;
    private final TombstoneRepository tombstones;
    private final ReviewRepository reviews;
    private final SettingsRepository settings;
    private final MergeRepository merges;
    private final SourceRepository sources;
    private final CodeRepository codes;
    private final CodingRepository codings;
    private final MemoRepository memos;
    private final MatrixSummaryRepository matrixSummaries;
    private final CaseAttributeRepository caseAttributes;

    public SqliteRepositories(Database db, FieldCipher key) {
        FieldCipher cipher = DamageReportingCipher.wrap(key);
        this.members = new SqliteMemberRepository(db, cipher);
        this.sites = new SqliteSiteRepository(db, cipher);
        this.forms = new SqliteFormRepository(db, cipher);
        this.submissions = new SqliteSubmissionRepository(db, cipher);
        this.consents = new SqliteConsentRepository(db, cipher);
        this.participants = new SqliteParticipantRepository(db, cipher);
        this.tombstones = new SqliteTombstoneRepository(db, cipher);
        this.reviews = new SqliteReviewRepository(db, cipher);
        this.settings = new StudyTable(db, cipher);
        this.merges = new SqliteMergeRepository(db);
        this.sources = new SqliteSourceRepository(db, cipher);
        this.codes = new SqliteCodeRepository(db, cipher);
        this.codings = new SqliteCodingRepository(db, cipher);
        this.memos = new SqliteMemoRepository(db, cipher);
        this.matrixSummaries = new SqliteMatrixSummaryRepository(db, cipher);
        this.caseAttributes = new SqliteCaseAttributeRepository(db, cipher);
    }

    @Override
    public MemberRepository members() {
        return members;
    }

    @Override
    public SiteRepository sites() {
        return sites;
    }

    @Override
    public FormRepository forms() {
        return forms;
    }

    @Override
    public SubmissionRepository submissions() {
        return submissions;
    }

    @Override
    public ConsentRepository consents() {
        return consents;
    }

    @Override
    public ParticipantRepository participants() {
        return participants;
    }

    @Override
    public ReviewRepository reviews() {
        return reviews;
    }

    @Override
    public TombstoneRepository tombstones() {
        return tombstones;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public SourceRepository sources() {
        return sources;
    }

    @Override
    public CodeRepository codes() {
        return codes;
    }

    @Override
    public CodingRepository codings() {
        return codings;
    }

    @Override
    public MemoRepository memos() {
        return memos;
    }

    @Override
    public CaseAttributeRepository caseAttributes() {
        return caseAttributes;
    }

    @Override
    public MatrixSummaryRepository matrixSummaries() {
        return matrixSummaries;
    }

    @Override
    public MergeRepository merges() {
        return merges;
    }
}
