package org.campo.study;

import org.campo.model.Role;
import org.campo.store.CaseAttributeRepository;
import org.campo.store.CodeRepository;
import org.campo.store.CodingRepository;
import org.campo.store.ConsentRepository;
import org.campo.store.MatrixSummaryRepository;
import org.campo.store.MemoRepository;
import org.campo.store.SourceRepository;
import org.campo.store.FormRepository;
import org.campo.store.MemberRepository;
import org.campo.store.MergeRepository;
import org.campo.store.ParticipantRepository;
import org.campo.store.Repositories;
import org.campo.store.SettingsRepository;
import org.campo.store.SiteRepository;
import org.campo.store.SubmissionRepository;
import org.campo.store.ReviewRepository;
import org.campo.store.TombstoneRepository;

/**
 * The repositories as a member of a given role may use them (ADR 6): the guard sits below every
 * service, so no screen, command or export can reach data the role may not see by forgetting a
 * check. Submissions, consent and participants are guarded per call (answers, withdrawal reasons
 * and participant attributes need response access); the qualitative-analysis repositories need
 * response access for every call. Members, sites, forms, tombstones and settings hold no answers
 * and are open to every member who unlocked the study.
 */
final class GuardedRepositories implements Repositories {
    private final Repositories delegate;
    private final SubmissionRepository submissions;
    private final ConsentRepository consents;
    private final ParticipantRepository participants;
    private final SourceRepository sources;
    private final CodeRepository codes;
    private final CodingRepository codings;
    private final MemoRepository memos;
    private final MatrixSummaryRepository matrixSummaries;
    private final CaseAttributeRepository caseAttributes;
    private final ReviewRepository reviews;

    GuardedRepositories(Repositories delegate, Role role) {
        this.delegate = delegate;
        this.submissions = new GuardedSubmissionRepository(delegate.submissions(), role);
        this.consents = new GuardedConsentRepository(delegate.consents(), role);
        this.participants = new GuardedParticipantRepository(delegate.participants(), role);
        Capability analysis = Capability.READ_RESPONSES;
        this.sources = RoleGuard.requiring(SourceRepository.class, delegate.sources(), role, analysis);
        this.codes = RoleGuard.requiring(CodeRepository.class, delegate.codes(), role, analysis);
        this.codings = RoleGuard.requiring(CodingRepository.class, delegate.codings(), role, analysis);
        this.memos = RoleGuard.requiring(MemoRepository.class, delegate.memos(), role, analysis);
        this.reviews = RoleGuard.requiring(ReviewRepository.class, delegate.reviews(), role, analysis);
        this.matrixSummaries = RoleGuard.requiring(MatrixSummaryRepository.class, delegate.matrixSummaries(), role,
                analysis);
        this.caseAttributes = RoleGuard.requiring(CaseAttributeRepository.class, delegate.caseAttributes(), role,
                analysis);
    }

    @Override
    public MemberRepository members() {
        return delegate.members();
    }

    @Override
    public SiteRepository sites() {
        return delegate.sites();
    }

    @Override
    public FormRepository forms() {
        return delegate.forms();
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
        return delegate.tombstones();
    }

    @Override
    public SettingsRepository settings() {
        return delegate.settings();
    }

    /** Analysis data: needs response access (never the IRB role). */
    @Override
    public SourceRepository sources() {
        return sources;
    }

    /** Analysis data: needs response access (never the IRB role). */
    @Override
    public CodeRepository codes() {
        return codes;
    }

    /** Analysis data: needs response access (never the IRB role). */
    @Override
    public CodingRepository codings() {
        return codings;
    }

    /** Analysis data: needs response access (never the IRB role). */
    @Override
    public MemoRepository memos() {
        return memos;
    }

    /** Analysis data: needs response access (never the IRB role). */
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
        return delegate.merges();
    }
}
