package org.campo.collect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.common.CampoException;
import org.campo.model.FormVersion;
import org.campo.model.SubmissionSummary;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Opens and closes the current member's shift. The open shift is kept in the study file (per
 * member), so it survives a restart of the laptop in the middle of a shift.
 */
public final class ShiftService {
    private static final String KEY = "shift.";
    private final OpenStudy study;

    public ShiftService(OpenStudy study) {
        this.study = study;
    }

    public Shift start(Shift shift) {
        study.require(Capability.COLLECT);
        var site = study.sites().findByCode(shift.siteCode());
        if (site.isEmpty()) {
            throw new CampoException("collect.unknownSite", shift.siteCode());
        }
        if (site.get().retired()) {
            throw new CampoException("collect.siteRetired", shift.siteCode());
        }
        study.changes().run(c -> {
            c.repositories().settings().setSetting(key(), shift.encode());
            c.audit(AuditAction.SHIFT_STARTED,
                    "site=" + shift.siteCode() + " date=" + shift.date() + " shift=" + shift.shift());
        });
        return shift;
    }

    public Optional<Shift> current() {
        return study.changes().read(r -> r.settings().setting(key())).filter(s -> !s.isEmpty()).map(Shift::decode);
    }

    public void end() {
        current().ifPresent(s -> study.changes().run(c -> {
            c.repositories().settings().setSetting(key(), "");
            c.audit(AuditAction.SHIFT_ENDED, "site=" + s.siteCode());
        }));
    }

    /** The open shift of every member who has one, by member id (for refusing to retire a busy point). */
    public Map<String, Shift> openShifts() {
        Map<String, Shift> open = new LinkedHashMap<>();
        for (var m : study.members().all()) {
            study.changes().read(r -> r.settings().setting(KEY + m.id())).filter(s -> !s.isEmpty())
                    .ifPresent(s -> open.put(m.id(), Shift.decode(s)));
        }
        return open;
    }

    /**
     * The shifts worked at {@code siteCode}, newest first, from the audit trail: a shift ends when
     * its member ends it or starts another. Each counts the submissions its member started at the
     * point while it was open.
     */
    public List<ShiftRecord> history(String siteCode) {
        study.require(Capability.MANAGE_SITES);
        List<AuditEntry> entries = study.audit().entriesWith(List.of(AuditAction.SHIFT_STARTED, AuditAction.SHIFT_ENDED));
        Map<String, AuditEntry> openByActor = new HashMap<>();
        List<AuditEntry[]> spans = new ArrayList<>();
        for (AuditEntry e : entries) {
            AuditEntry open = openByActor.remove(e.actor());
            if (open != null) {
                spans.add(new AuditEntry[] {open, e});
            }
            if (AuditAction.SHIFT_STARTED.equals(e.action())) {
                openByActor.put(e.actor(), e);
            }
        }
        openByActor.values().forEach(open -> spans.add(new AuditEntry[] {open, null}));
        Map<String, String> names = new HashMap<>();
        study.members().all().forEach(m -> names.put(m.id(), m.userName()));
        List<SubmissionSummary> here = new ArrayList<>();
        for (FormVersion latest : study.forms().latestVersions()) {
            for (FormVersion v : study.forms().versionsOf(latest.formId())) {
                study.submissions().list(v.id()).stream().filter(s -> siteCode.equals(s.siteCode())).forEach(here::add);
            }
        }
        Instant now = study.clock().instant();
        List<ShiftRecord> out = new ArrayList<>();
        for (AuditEntry[] span : spans) {
            Map<String, String> d = details(span[0].details());
            if (!siteCode.equals(d.get("site"))) {
                continue;
            }
            Instant from = span[0].at();
            Instant to = span[1] == null ? now : span[1].at();
            String actor = span[0].actor();
            long count = here.stream().filter(s -> actor.equals(names.get(s.memberId())))
                    .filter(s -> !s.createdAt().isBefore(from) && s.createdAt().isBefore(to)).count();
            LocalDate date = d.containsKey("date") ? LocalDate.parse(d.get("date"))
                    : from.atZone(study.clock().getZone()).toLocalDate();
            out.add(new ShiftRecord(actor, siteCode, date, d.getOrDefault("shift", ""), from,
                    span[1] == null ? null : span[1].at(), count));
        }
        out.sort(Comparator.comparing(ShiftRecord::started).reversed());
        return out;
    }

    private static Map<String, String> details(String text) {
        Map<String, String> out = new HashMap<>();
        if (text != null) {
            for (String part : text.split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    out.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
        }
        return out;
    }

    private String key() {
        return KEY + study.member().id();
    }
}
