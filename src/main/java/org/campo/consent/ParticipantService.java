package org.campo.consent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.ParticipantRow;
import org.campo.store.ParticipantRepository;
import org.campo.model.SubmissionSummary;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Pseudonymous participants. Codes are visible to whoever may read consent (the consent log is
 * kept per code); attributes such as gender identity or sexual orientation are encrypted and
 * readable only with response access, so an IRB reviewer never sees them.
 */
public final class ParticipantService {
    private final OpenStudy study;
    private final ParticipantRepository repository;

    public ParticipantService(OpenStudy study, ParticipantRepository repository) {
        this.study = study;
        this.repository = repository;
    }

    /** Registers a participant; the code must match {@link ParticipantCode} and be unused. */
    public Participant register(String code, Map<String, String> attributes) {
        study.require(Capability.COLLECT);
        String clean = ParticipantCode.require(code);
        ParticipantRow row = new ParticipantRow(Ids.newId(), clean, study.clock().instant(), false);
        study.changes().run(c -> {
            repository.add(row, attributes);
            c.audit(AuditAction.PARTICIPANT_ADDED, "participant", row.id(), true, "code=" + clean);
        });
        return toParticipant(row);
    }

    public Participant get(String id) {
        study.require(Capability.READ_CONSENT);
        return find(id);
    }

    public Optional<Participant> findByCode(String code) {
        study.require(Capability.READ_CONSENT);
        return repository.findByCode(code).map(ParticipantService::toParticipant);
    }

    public List<Participant> list() {
        study.require(Capability.READ_CONSENT);
        return repository.all().stream().map(ParticipantService::toParticipant).toList();
    }

    /** The decrypted attributes. Needs response access: they are as sensitive as answers. */
    public Map<String, String> attributes(String id) {
        study.require(Capability.READ_RESPONSES);
        find(id);
        return repository.attributes(id);
    }

    /** Replaces the attributes; refused after a withdrawal. */
    public void updateAttributes(String id, Map<String, String> attributes) {
        study.require(Capability.COLLECT);
        study.require(Capability.READ_RESPONSES);
        Participant p = find(id);
        if (p.withdrawn()) {
            throw new CampoException("consent.withdrawn", p.code());
        }
        study.changes().run(c -> {
            repository.replaceAttributes(id, attributes);
            c.audit(AuditAction.PARTICIPANT_CHANGED, "participant", id, true, "code=" + p.code());
        });
    }

    /** The submissions made with this participant (clear columns only). */
    public List<SubmissionSummary> submissions(String id) {
        study.require(Capability.READ_RESPONSES);
        return study.submissions().listByParticipant(id);
    }

    private Participant find(String id) {
        return repository.findById(id).map(ParticipantService::toParticipant)
                .orElseThrow(() -> new CampoException("consent.participantNotFound", id));
    }

    static Participant toParticipant(ParticipantRow r) {
        return new Participant(r.id(), r.code(), r.createdAt(), r.withdrawn());
    }
}
