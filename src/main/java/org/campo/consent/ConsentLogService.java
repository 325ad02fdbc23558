package org.campo.consent;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.audit.AuditVerification;
import org.campo.store.TombstoneRepository;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Builds the {@link ConsentLog} for IRB review: the consent-log report and the IRB package are
 * written from it. Verification runs here, so every report states whether the chain is intact
 * and flags each consent row that was changed after it was sealed.
 */
public final class ConsentLogService {
    private static final int PAGE = 1000;

    private final OpenStudy study;
    private final ConsentScriptService scripts;
    private final ConsentService consents;
    private final WithdrawalService withdrawals;
    private final ParticipantService participants;
    private final TombstoneRepository tombstones;

    public ConsentLogService(OpenStudy study, ConsentScriptService scripts, ConsentService consents,
                             WithdrawalService withdrawals, ParticipantService participants,
                             TombstoneRepository tombstones) {
        this.study = study;
        this.scripts = scripts;
        this.consents = consents;
        this.withdrawals = withdrawals;
        this.participants = participants;
        this.tombstones = tombstones;
    }

    public ConsentLog build() {
        study.require(Capability.READ_CONSENT);
        study.require(Capability.READ_AUDIT);
        AuditVerification verification = study.audit().verify();
        Set<String> altered = alteredRows(verification);
        List<Withdrawal> allWithdrawals = withdrawals.list();
        Map<String, Withdrawal> withdrawalByParticipant = new HashMap<>();
        allWithdrawals.forEach(w -> withdrawalByParticipant.putIfAbsent(w.participantId(), w));
        List<ConsentLogEntry> entries = consents.all().stream()
                .map(c -> new ConsentLogEntry(c, withdrawalByParticipant.get(c.participantId()),
                        altered.contains("consent/" + c.id()) || altered.contains("consent_script/" + c.script().id())
                                || altered.contains("participant/" + c.participantId())))
                .sorted(Comparator.comparing((ConsentLogEntry e) -> e.consent().participantCode())
                        .thenComparing(e -> e.consent().obtainedAt()))
                .toList();
        return new ConsentLog(study.record().name(), study.record().id(), study.clock().instant(),
                study.clock().getZone(), study.actor(), scripts.list(), entries, allWithdrawals,
                totals(entries), participants.list().size(), tombstones.count(), verification, this::streamAudit);
    }

    /**
     * Records in the audit chain that a consent log or IRB package left the study, after it
     * was written. Only the kind and format are recorded, never the file's path.
     */
    public void recordExport(String kind, String format) {
        study.require(Capability.READ_CONSENT);
        study.changes().run(c -> c.audit(AuditAction.EXPORT, "kind=" + kind + " format=" + format));
    }

    private void streamAudit(java.util.function.Consumer<AuditTrail.Link> consumer) {
        study.require(Capability.READ_AUDIT);
        long from = 1;
        while (true) {
            List<AuditEntry> page = study.audit().entries(from, PAGE);
            List<AuditEntry> stored = study.audit().storedEntries(from, PAGE);
            for (int i = 0; i < page.size(); i++) {
                consumer.accept(new AuditTrail.Link(page.get(i), stored.get(i)));
            }
            if (page.size() < PAGE) {
                return;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
    }

    /** "table/id" of every sealed row that verification found changed or deleted. */
    static Set<String> alteredRows(AuditVerification v) {
        Set<String> out = new HashSet<>();
        for (AuditVerification.Problem p : v.problems()) {
            if ((p.key().equals("audit.verify.rowChanged") || p.key().equals("audit.verify.rowMissing"))
                    && p.args().size() >= 2) {
                out.add(p.args().get(0) + "/" + p.args().get(1));
            }
        }
        return out;
    }

    private List<SiteMonthTotals> totals(List<ConsentLogEntry> entries) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ConsentLogEntry e : entries) {
            ConsentRecord c = e.consent();
            YearMonth month = YearMonth.from(c.obtainedAt().atZone(study.clock().getZone()));
            int[] n = counts.computeIfAbsent(Objects.toString(c.siteCode(), "") + "|" + month, k -> new int[4]);
            n[0]++;
            n[c.granted(ConsentPermission.PARTICIPATE) ? 1 : 2]++;
            if (e.withdrawal() != null) {
                n[3]++;
            }
        }
        return counts.entrySet().stream().map(en -> {
            String[] k = en.getKey().split("\\|", -1);
            int[] n = en.getValue();
            return new SiteMonthTotals(k[0].isEmpty() ? null : k[0], YearMonth.parse(k[1]), n[0], n[1], n[2], n[3]);
        }).toList();
    }
}
