package org.campo.consent;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campo.model.ConsentRow;
import org.campo.model.Member;
import org.campo.model.ParticipantRow;
import org.campo.store.ConsentRepository;
import org.campo.store.ParticipantRepository;
import org.campo.study.OpenStudy;

/**
 * Turns stored consent rows into {@link ConsentRecord}s, looking up the script, the
 * participant code and the researcher's name once per row kind (a log has many rows).
 */
final class ConsentRecords {
    private final OpenStudy study;
    private final ConsentRepository consents;
    private final ParticipantRepository participants;
    private final Map<String, ConsentScript> scripts = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    ConsentRecords(OpenStudy study, ConsentRepository consents, ParticipantRepository participants) {
        this.study = study;
        this.consents = consents;
        this.participants = participants;
    }

    ConsentRecord toRecord(ConsentRow r) {
        ConsentScript script = scripts.computeIfAbsent(r.scriptId(), id -> consents.findScript(id)
                .map(ScriptMapping::toScript).orElseThrow());
        String code = codes.computeIfAbsent(r.participantId(), id -> participants.findById(id)
                .map(ParticipantRow::code).orElse("?"));
        return new ConsentRecord(r.id(), r.participantId(), code, script, ConsentMode.fromCode(r.mode()),
                decisions(r.decisions()), r.obtainedAt(), r.siteCode(), r.memberId(), researcherName(r.memberId()),
                r.minor(), r.guardianConsent(), r.assent(), r.attestation(), r.witness());
    }

    String researcherName(String memberId) {
        return names.computeIfAbsent(memberId, id -> study.members().findById(id).map(Member::userName).orElse("?"));
    }

    static Map<ConsentPermission, Boolean> decisions(Map<String, Boolean> stored) {
        Map<ConsentPermission, Boolean> out = new EnumMap<>(ConsentPermission.class);
        stored.forEach((k, v) -> out.put(ConsentPermission.fromCode(k), v));
        return out;
    }

    static Map<String, Boolean> codes(Map<ConsentPermission, Boolean> decisions) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        new EnumMap<>(decisions).forEach((k, v) -> out.put(k.code(), v));
        return out;
    }

}
