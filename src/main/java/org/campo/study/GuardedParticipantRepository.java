package org.campo.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.model.ParticipantRow;
import org.campo.model.Role;
import org.campo.store.ParticipantRepository;

/**
 * Participants as a role may see them (ADR 6): codes need {@link Capability#READ_CONSENT} (the
 * consent log is kept per code), the encrypted attributes need {@link Capability#READ_RESPONSES}
 * (they are as sensitive as answers), registering needs {@link Capability#COLLECT} and marking a
 * withdrawal needs {@link Capability#RECORD_CONSENT}.
 */
final class GuardedParticipantRepository implements ParticipantRepository {
    private final ParticipantRepository delegate;
    private final Role role;

    GuardedParticipantRepository(ParticipantRepository delegate, Role role) {
        this.delegate = delegate;
        this.role = role;
    }

    @Override
    public void add(ParticipantRow p, Map<String, String> attributes) {
        Permissions.require(role, Capability.COLLECT);
        delegate.add(p, attributes);
    }

    @Override
    public Optional<ParticipantRow> findById(String id) {
        Permissions.require(role, Capability.READ_CONSENT);
        return delegate.findById(id);
    }

    @Override
    public Optional<ParticipantRow> findByCode(String code) {
        Permissions.require(role, Capability.READ_CONSENT);
        return delegate.findByCode(code);
    }

    @Override
    public List<ParticipantRow> all() {
        Permissions.require(role, Capability.READ_CONSENT);
        return delegate.all();
    }

    @Override
    public Map<String, String> attributes(String id) {
        Permissions.require(role, Capability.READ_RESPONSES);
        return delegate.attributes(id);
    }

    @Override
    public void replaceAttributes(String id, Map<String, String> attributes) {
        Permissions.require(role, Capability.COLLECT);
        Permissions.require(role, Capability.READ_RESPONSES);
        delegate.replaceAttributes(id, attributes);
    }

    @Override
    public void eraseAttributesAndMarkWithdrawn(String id) {
        Permissions.require(role, Capability.RECORD_CONSENT);
        delegate.eraseAttributesAndMarkWithdrawn(id);
    }

    @Override
    public void markWithdrawn(String id) {
        Permissions.require(role, Capability.RECORD_CONSENT);
        delegate.markWithdrawn(id);
    }

    @Override
    public long count() {
        return delegate.count();
    }
}
