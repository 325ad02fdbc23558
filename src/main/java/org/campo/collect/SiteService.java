package org.campo.collect;

import java.util.List;
import java.util.Map;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.model.Member;
import org.campo.model.Site;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * The study's flow monitoring points: correcting a point's name and coordinates, retiring it
 * and reactivating it, each change in one audited unit of work.
 *
 * <p>A point's code is not editable: it is how submissions, consent records, shifts, exports
 * already handed over and other laptops' kits name the point, so renaming it would split one
 * point's history in two. A point opened with a wrong code is retired and a new one added.
 * Retiring keeps everything collected there (the point stays in filters and exports); it only
 * stops the point being offered for new shifts, surveys and consents.
 */
public final class SiteService {
    private final OpenStudy study;
    private final ShiftService shifts;

    public SiteService(OpenStudy study, ShiftService shifts) {
        this.study = study;
        this.shifts = shifts;
    }

    /** Every point, retired ones included, by code. */
    public List<Site> all() {
        return study.listSites();
    }

    /** The points offered for new work. */
    public List<Site> active() {
        return study.listSites().stream().filter(s -> !s.retired()).toList();
    }

    /** Corrects the name and coordinates of the point with {@code code}. */
    public Site edit(String code, String name, Double latitude, Double longitude) {
        study.require(Capability.MANAGE_SITES);
        if (name == null || name.isBlank()) {
            throw new CampoException("collect.siteNameRequired", code);
        }
        return study.changes().apply(c -> {
            Site old = c.repositories().sites().findByCode(code)
                    .orElseThrow(() -> new CampoException("collect.unknownSite", code));
            Site next = old.withDetails(name.strip(), latitude, longitude);
            c.repositories().sites().update(next);
            c.audit(AuditAction.SITE_CHANGED, "site", old.id(), false, "code=" + code);
            return next;
        });
    }

    /**
     * Retires the point: refused while a member's shift is open there (that member ends the
     * shift first, so no survey in progress loses its point).
     */
    public Site retire(String code) {
        study.require(Capability.MANAGE_SITES);
        Map<String, Shift> open = shifts.openShifts();
        for (Map.Entry<String, Shift> e : open.entrySet()) {
            if (e.getValue().siteCode().equals(code)) {
                String who = study.listMembers().stream().filter(m -> m.id().equals(e.getKey()))
                        .map(Member::userName).findFirst().orElse(e.getKey());
                throw new CampoException("collect.siteHasOpenShift", code, who);
            }
        }
        return mark(code, true, AuditAction.SITE_RETIRED);
    }

    /** Offers a retired point for new work again. */
    public Site reactivate(String code) {
        study.require(Capability.MANAGE_SITES);
        return mark(code, false, AuditAction.SITE_REACTIVATED);
    }

    private Site mark(String code, boolean retired, String action) {
        return study.changes().apply(c -> {
            Site old = c.repositories().sites().findByCode(code)
                    .orElseThrow(() -> new CampoException("collect.unknownSite", code));
            if (old.retired() == retired) {
                return old;
            }
            Site next = old.withRetired(retired);
            c.repositories().sites().update(next);
            c.audit(action, "site", old.id(), false, "code=" + code);
            return next;
        });
    }

    /** The shifts worked at the point, newest first, with what was collected in each. */
    public List<ShiftRecord> shifts(String code) {
        return shifts.history(code);
    }
}
