package org.campo.consent;

import java.util.Set;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.study.OpenStudy;

/**
 * The checks a consent record must pass before it is stored: a decision for every permission
 * the script asks (and no other), nothing granted when participation is refused, the mode's
 * evidence (attestation, witness), guardian consent and assent for minors, a known site.
 */
final class ConsentRules {
    private final OpenStudy study;

    ConsentRules(OpenStudy study) {
        this.study = study;
    }

    void check(ConsentRequest r, Set<ConsentPermission> asked) {
        if (r.mode() == null) {
            throw new CampoException("consent.modeRequired");
        }
        for (ConsentPermission p : asked) {
            if (!r.decisions().containsKey(p) || r.decisions().get(p) == null) {
                throw new CampoException("consent.decisionMissing", Messages.get("consent.permission." + p.code()));
            }
        }
        for (ConsentPermission p : r.decisions().keySet()) {
            if (!asked.contains(p)) {
                throw new CampoException("consent.decisionNotAsked", Messages.get("consent.permission." + p.code()));
            }
        }
        boolean participates = Boolean.TRUE.equals(r.decisions().get(ConsentPermission.PARTICIPATE));
        if (!participates && r.decisions().values().stream().anyMatch(Boolean.TRUE::equals)) {
            throw new CampoException("consent.grantsWithoutParticipation");
        }
        if (r.mode() == ConsentMode.VERBAL && isBlank(r.attestation())) {
            throw new CampoException("consent.attestationRequired");
        }
        if (r.mode() == ConsentMode.WITNESSED && isBlank(r.witness())) {
            throw new CampoException("consent.witnessRequired");
        }
        if (r.minor() && (r.guardianConsent() == null || r.assent() == null)) {
            throw new CampoException("consent.minorNeedsGuardianAndAssent");
        }
        if (!r.minor() && (r.guardianConsent() != null || r.assent() != null)) {
            throw new CampoException("consent.guardianOnlyForMinors");
        }
        if (!isBlank(r.siteCode()) && study.sites().findByCode(r.siteCode().strip()).isEmpty()) {
            throw new CampoException("consent.unknownSite", r.siteCode());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
