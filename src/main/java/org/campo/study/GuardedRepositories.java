package org.campo.study;

import org.campo.model.Role;
import org.campo.store.ConsentRepository;
import org.campo.store.FormRepository;
import org.campo.store.MemberRepository;
import org.campo.store.ParticipantRepository;
import org.campo.store.Repositories;
import org.campo.store.SettingsRepository;
import org.campo.store.SiteRepository;
import org.campo.store.SubmissionRepository;
import org.campo.store.TombstoneRepository;

/**
 * The repositories as a member of a given role may use them (ADR 6): the guard sits below every
 * service, so no screen, command or export can reach data the role may not see by forgetting a
 * check.
 */
final class GuardedRepositories implements Repositories {
    private final Repositories delegate;
    private final SubmissionRepository submissions;

    GuardedRepositories(Repositories delegate, Role role) {
        this.delegate = delegate;
        this.submissions = new GuardedSubmissionRepository(delegate.submissions(), role);
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
        return delegate.consents();
    }

    @Override
    public ParticipantRepository participants() {
        return delegate.participants();
    }

    @Override
    public TombstoneRepository tombstones() {
        return delegate.tombstones();
    }

    @Override
    public SettingsRepository settings() {
        return delegate.settings();
    }
}
