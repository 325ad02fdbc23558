package org.campo.export.consent;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campo.audit.AuditVerification;
import org.campo.common.Messages;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentLogEntry;
import org.campo.consent.ConsentMode;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentRecord;

/**
 * The wording shared by the PDF, the workbook and the package: one place decides how a
 * decision, a date or the verification result reads, so the three never disagree.
 */
final class ConsentLogText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Locale locale;
    private final ZoneId zone;

    ConsentLogText(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    String get(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    String permission(ConsentPermission p) {
        return get("consent.permission." + p.code());
    }

    String mode(ConsentMode m) {
        return get("consent.mode." + m.code());
    }

    /** Yes, No, or a dash when the script did not ask. */
    String decision(ConsentRecord c, ConsentPermission p) {
        Boolean d = c.decisions().get(p);
        return d == null ? "-" : get(d ? "export.consent.yes" : "export.consent.no");
    }

    String yesNo(Boolean b) {
        return b == null ? "-" : get(b ? "export.consent.yes" : "export.consent.no");
    }

    String minor(ConsentRecord c) {
        if (!c.minor()) {
            return get("export.consent.no");
        }
        return get("export.consent.minorDetail", yesNo(c.guardianConsent()), yesNo(c.assent()));
    }

    String withdrawal(ConsentLogEntry e) {
        if (e.withdrawal() == null) {
            return "";
        }
        return date(e.withdrawal().withdrawnAt()) + " (" + get("consent.scope." + e.withdrawal().scope().code()) + ")";
    }

    String check(ConsentLogEntry e) {
        return get(e.tampered() ? "export.consent.check.altered" : "export.consent.check.ok");
    }

    /** One sentence: intact with entry count and head, or broken at the first bad entry. */
    String verificationSummary(AuditVerification v) {
        return v.ok() ? get("audit.verify.ok", String.valueOf(v.entries()), v.head())
                : get("audit.verify.broken", String.valueOf(v.firstBrokenSeq()));
    }

    List<String> verificationProblems(AuditVerification v) {
        List<String> out = new ArrayList<>();
        for (AuditVerification.Problem p : v.problems()) {
            out.add(get(p.key(), p.args().toArray()));
        }
        return out;
    }

    String generated(ConsentLog log) {
        return get("export.consent.generated", dateTime(log.generatedAt()), log.generatedBy(), zone.getId());
    }
}
