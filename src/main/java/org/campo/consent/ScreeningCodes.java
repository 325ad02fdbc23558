package org.campo.consent;

import java.security.SecureRandom;
import org.campo.audit.AuditAction;
import org.campo.common.Ids;
import org.campo.model.ParticipantRow;
import org.campo.store.ParticipantRepository;
import org.campo.study.Change;

/**
 * Codes for anonymous flow survey respondents. Random rather than sequential, so that two
 * laptops at the same border post never hand out the same code before their studies merge.
 */
final class ScreeningCodes {
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ParticipantRepository participants;

    ScreeningCodes(ParticipantRepository participants) {
        this.participants = participants;
    }

    ParticipantRow findOrRegister(Change change, String code) {
        if (code != null && !code.isBlank()) {
            String clean = ParticipantCode.require(code);
            var existing = participants.findByCode(clean);
            if (existing.isPresent()) {
                return existing.get();
            }
            return register(change, clean);
        }
        String generated;
        do {
            generated = generate();
        } while (participants.findByCode(generated).isPresent());
        return register(change, generated);
    }

    private ParticipantRow register(Change change, String code) {
        ParticipantRow row = new ParticipantRow(Ids.newId(), code, change.now(), false);
        participants.add(row, null);
        change.audit(AuditAction.PARTICIPANT_ADDED, "participant", row.id(), true, "code=" + code);
        return row;
    }

    static String generate() {
        StringBuilder sb = new StringBuilder("FM-");
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
