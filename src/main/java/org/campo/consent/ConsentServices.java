package org.campo.consent;

import org.campo.store.ConsentRepository;
import org.campo.store.ParticipantRepository;
import org.campo.store.Repositories;
import org.campo.store.TombstoneRepository;
import org.campo.study.OpenStudy;

/**
 * The consent feature's services for one unlocked study, wired together (the composition
 * root hands this out, so screens and commands share one set). They read and write through the
 * study's repositories, which carry the member's role guard.
 */
public final class ConsentServices {
    private final ConsentScriptService scripts;
    private final ParticipantService participants;
    private final ConsentService consent;
    private final WithdrawalService withdrawals;
    private final ConsentLogService log;

    public ConsentServices(OpenStudy study) {
        Repositories repositories = study.repositories();
        ConsentRepository consentRepository = repositories.consents();
        ParticipantRepository participantRepository = repositories.participants();
        TombstoneRepository tombstones = repositories.tombstones();
        this.scripts = new ConsentScriptService(study, consentRepository);
        this.participants = new ParticipantService(study, participantRepository);
        this.consent = new ConsentService(study, consentRepository, participantRepository);
        this.withdrawals = new WithdrawalService(study, consentRepository, participantRepository, tombstones);
        this.log = new ConsentLogService(study, scripts, consent, withdrawals, participants, tombstones);
    }

    public ConsentScriptService scripts() {
        return scripts;
    }

    public ParticipantService participants() {
        return participants;
    }

    /** Recording consent; also the {@link ConsentGate} the form code must pass. */
    public ConsentService consent() {
        return consent;
    }

    public ConsentGate gate() {
        return consent;
    }

    public WithdrawalService withdrawals() {
        return withdrawals;
    }

    public ConsentLogService log() {
        return log;
    }
}
