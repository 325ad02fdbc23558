package org.campo.collect;

import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.store.StudyTable;
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
        study.database().run(() -> {
            new StudyTable(study.database()).setSetting(key(), shift.encode());
            study.audit().append(study.actor(), AuditAction.SHIFT_STARTED,
                    "site=" + shift.siteCode() + " date=" + shift.date() + " shift=" + shift.shift());
        });
        return shift;
    }

    public Optional<Shift> current() {
        return new StudyTable(study.database()).setting(key()).filter(s -> !s.isEmpty()).map(Shift::decode);
    }

    public void end() {
        current().ifPresent(s -> study.database().run(() -> {
            new StudyTable(study.database()).setSetting(key(), "");
            study.audit().append(study.actor(), AuditAction.SHIFT_ENDED, "site=" + s.siteCode());
        }));
    }

    private String key() {
        return "shift." + study.member().id();
    }
}
