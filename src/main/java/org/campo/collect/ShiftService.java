package org.campo.collect;

import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Opens and closes the current member's shift. The open shift is kept in the study file (per
 * member), so it survives a restart of the laptop in the middle of a shift.
 */
public final class ShiftService {
    private final OpenStudy study;

    public ShiftService(OpenStudy study) {
        this.study = study;
    }

    public Shift start(Shift shift) {
        study.require(Capability.COLLECT);
        if (study.sites().findByCode(shift.siteCode()).isEmpty()) {
            throw new CampoException("collect.unknownSite", shift.siteCode());
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

    private String key() {
        return "shift." + study.member().id();
    }
}
