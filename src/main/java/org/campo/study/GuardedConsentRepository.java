package org.campo.study;

import java.util.List;
import java.util.Optional;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.Role;
import org.campo.model.WithdrawalRow;
import org.campo.store.ConsentRepository;

/**
 * Consent scripts, records and withdrawals as a role may see them (ADR 6): reading needs
 * {@link Capability#READ_CONSENT}; adding a script needs {@link Capability#MANAGE_FORMS}, recording
 * consent or a withdrawal needs {@link Capability#RECORD_CONSENT}. The reason a participant gave
 * for withdrawing is as sensitive as an answer: without {@link Capability#READ_RESPONSES} the
 * rows come back without it, so an IRB reviewer's consent log cannot carry it.
 */
final class GuardedConsentRepository implements ConsentRepository {
    private final ConsentRepository delegate;
    private final Role role;

    GuardedConsentRepository(ConsentRepository delegate, Role role) {
        this.delegate = delegate;
        this.role = role;
    }

    private void read() {
        Permissions.require(role, Capability.READ_CONSENT);
    }

    @Override
    public void addScript(ConsentScriptRow s) {
        Permissions.require(role, Capability.MANAGE_FORMS);
        delegate.addScript(s);
    }

    @Override
    public Optional<ConsentScriptRow> findScript(String id) {
        read();
        return delegate.findScript(id);
    }

    @Override
    public Optional<ConsentScriptRow> latestScript(String scriptKey, String language) {
        read();
        return delegate.latestScript(scriptKey, language);
    }

    @Override
    public int highestVersion(String scriptKey) {
        read();
        return delegate.highestVersion(scriptKey);
    }

    @Override
    public boolean scriptExists(String scriptKey, int version, String language) {
        read();
        return delegate.scriptExists(scriptKey, version, language);
    }

    @Override
    public List<ConsentScriptRow> scripts() {
        read();
        return delegate.scripts();
    }

    @Override
    public void addConsent(ConsentRow c) {
        Permissions.require(role, Capability.RECORD_CONSENT);
        delegate.addConsent(c);
    }

    @Override
    public List<ConsentRow> consentsOf(String participantId) {
        read();
        return delegate.consentsOf(participantId);
    }

    @Override
    public List<ConsentRow> consents() {
        read();
        return delegate.consents();
    }

    @Override
    public void addWithdrawal(WithdrawalRow w) {
        Permissions.require(role, Capability.RECORD_CONSENT);
        delegate.addWithdrawal(w);
    }

    @Override
    public List<WithdrawalRow> withdrawals() {
        read();
        return delegate.withdrawals().stream().map(this::withReasonIfAllowed).toList();
    }

    @Override
    public Optional<WithdrawalRow> withdrawalOf(String participantId) {
        read();
        return delegate.withdrawalOf(participantId).map(this::withReasonIfAllowed);
    }

    private WithdrawalRow withReasonIfAllowed(WithdrawalRow w) {
        if (w.reason() == null || Permissions.allows(role, Capability.READ_RESPONSES)) {
            return w;
        }
        return new WithdrawalRow(w.id(), w.participantId(), w.participantCode(), w.withdrawnAt(), w.scope(),
                w.memberId(), null);
    }
}
