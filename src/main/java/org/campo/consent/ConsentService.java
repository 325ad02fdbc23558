package org.campo.consent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.ParticipantRow;
import org.campo.store.ConsentRepository;
import org.campo.store.ParticipantRepository;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Records consent and answers the one question the form code must ask before an interview:
 * may this participant be interviewed? Each record is sealed in the audit chain, so an edit
 * made outside Campo shows up in verification and in the consent log.
 */
public final class ConsentService implements ConsentGate {
    /** Stored as the attestation of screening consent, which the form itself documents. */
    static final String SCREENING_ATTESTATION = "Screening consent question answered in the flow survey form.";

    private final OpenStudy study;
    private final ConsentRepository consents;
    private final ParticipantRepository participants;
    private final ScreeningCodes screeningCodes;

    public ConsentService(OpenStudy study, ConsentRepository consents, ParticipantRepository participants) {
        this.study = study;
        this.consents = consents;
        this.participants = participants;
        this.screeningCodes = new ScreeningCodes(participants);
    }

    /**
     * Records one consent event, at the clock's time, by the unlocked member. A refusal to
     * participate is recorded too (it is part of the log) but opens no interview.
     */
    public ConsentRecord record(ConsentRequest request) {
        study.require(Capability.RECORD_CONSENT);
        ParticipantRow participant = participants.findById(request.participantId())
                .orElseThrow(() -> new CampoException("consent.participantNotFound", request.participantId()));
        if (participant.withdrawn()) {
            throw new CampoException("consent.withdrawn", participant.code());
        }
        ConsentScriptRow script = consents.findScript(request.scriptId())
                .orElseThrow(() -> new CampoException("consent.script.notFound", request.scriptId()));
        new ConsentRules(study).check(request, ScriptMapping.permissions(script));
        ConsentRow row = new ConsentRow(Ids.newId(), participant.id(), script.id(), request.mode().code(),
                ConsentRecords.codes(request.decisions()), study.clock().instant(), blankToNull(request.siteCode()),
                study.member().id(), request.minor(), request.guardianConsent(), request.assent(),
                blankToNull(request.attestation()), blankToNull(request.witness()));
        study.changes().run(c -> {
            consents.addConsent(row);
            c.audit(AuditAction.CONSENT_RECORDED, "consent", row.id(), true,
                    "participant=" + participant.code() + " script=" + script.scriptKey() + "/v" + script.version()
                            + "/" + script.language() + " mode=" + row.mode() + " participate="
                            + (Boolean.TRUE.equals(row.decisions().get(ConsentPermission.PARTICIPATE.code()))
                            ? "granted" : "refused"));
        });
        return records().toRecord(row);
    }

    /**
     * Records the flow survey's screening question as a verbal consent to the newest
     * version of the screening script in the given language. Any other permission the
     * script asks for is recorded as refused. Registers the participant when needed.
     */
    public ConsentRecord recordScreening(ScreeningAnswer answer) {
        study.require(Capability.RECORD_CONSENT);
        study.require(Capability.COLLECT);
        ConsentScriptRow script = consents.latestScript(answer.scriptKey(), answer.language())
                .orElseThrow(() -> new CampoException("consent.script.notFound",
                        answer.scriptKey() + " (" + answer.language() + ")"));
        Map<ConsentPermission, Boolean> decisions = new EnumMap<>(ConsentPermission.class);
        for (ConsentPermission p : ScriptMapping.permissions(script)) {
            decisions.put(p, p == ConsentPermission.PARTICIPATE && answer.agreed());
        }
        return study.changes().apply(c -> {
            ParticipantRow participant = screeningCodes.findOrRegister(c, answer.participantCode());
            return record(ConsentRequest.verbal(participant.id(), script.id(), decisions, SCREENING_ATTESTATION,
                    answer.siteCode()));
        });
    }

    @Override
    public ConsentRecord requireConsentToInterview(String participantId) {
        ParticipantRow participant = participants.findById(participantId)
                .orElseThrow(() -> new CampoException("consent.participantNotFound", participantId));
        if (participant.withdrawn() || consents.withdrawalOf(participantId).isPresent()) {
            throw new CampoException("consent.withdrawn", participant.code());
        }
        List<ConsentRow> history = consents.consentsOf(participantId);
        if (history.isEmpty()) {
            throw new CampoException("consent.required", participant.code());
        }
        ConsentRecord latest = records().toRecord(history.get(history.size() - 1));
        if (!latest.allowsInterview()) {
            throw new CampoException("consent.required", participant.code());
        }
        return latest;
    }

    @Override
    public ConsentRecord requirePermission(String participantId, ConsentPermission permission) {
        ConsentRecord consent = requireConsentToInterview(participantId);
        if (!consent.granted(permission)) {
            throw new CampoException("consent.permissionRefused", consent.participantCode(), permission.code());
        }
        return consent;
    }

    /** The participant's newest consent record, if any. */
    public Optional<ConsentRecord> current(String participantId) {
        List<ConsentRecord> h = history(participantId);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    /** Every consent record of a participant, oldest first (re-consent to a new version adds one). */
    public List<ConsentRecord> history(String participantId) {
        study.require(Capability.READ_CONSENT);
        ConsentRecords mapper = records();
        return consents.consentsOf(participantId).stream().map(mapper::toRecord).toList();
    }

    /** Every consent record of the study, oldest first. */
    public List<ConsentRecord> all() {
        study.require(Capability.READ_CONSENT);
        ConsentRecords mapper = records();
        return consents.consents().stream().map(mapper::toRecord).toList();
    }

    private ConsentRecords records() {
        return new ConsentRecords(study, consents, participants);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
