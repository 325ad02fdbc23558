package org.campo.consent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.campo.audit.AuditVerification;

/**
 * Everything an IRB reviewer may see, assembled once for a report or a package: scripts,
 * consent records with withdrawals, totals, and the audit chain with its verification. It is
 * built only for members who may read consent and the audit log, and by construction holds no
 * response, transcript or participant attribute.
 */
public record ConsentLog(String studyName, String studyId, Instant generatedAt, ZoneId zone, String generatedBy,
                         List<ConsentScript> scripts, List<ConsentLogEntry> entries, List<Withdrawal> withdrawals,
                         List<SiteMonthTotals> totals, long participants, long tombstones,
                         AuditVerification verification, AuditTrail auditTrail) {
    public ConsentLog {
        scripts = List.copyOf(scripts);
        entries = List.copyOf(entries);
        withdrawals = List.copyOf(withdrawals);
        totals = List.copyOf(totals);
    }

    public long tamperedEntries() {
        return entries.stream().filter(ConsentLogEntry::tampered).count();
    }
}
