package org.campo.consent;

import java.time.Instant;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.ParticipantRow;
import org.campo.store.ConsentRepository;
import org.campo.store.ParticipantRepository;
import org.campo.model.SubmissionSummary;
import org.campo.model.Tombstone;
import org.campo.store.SubmissionRepository;
import org.campo.store.TombstoneRepository;
import org.campo.model.WithdrawalRow;
import org.campo.study.AnalysisErasure;
import org.campo.study.Capability;
import org.campo.study.Change;
import org.campo.study.OpenStudy;

/**
 * A participant's withdrawal. With {@link WithdrawalScope#DESTROY} their submissions (and,
 * by cascade, attachments), attributes, and their analysis data (the sources of their case with
 * every coding and memo on them, and the case attributes) are deleted in one transaction; the study file
 * zeroes deleted content ({@code secure_delete}) and the WAL is checkpointed and truncated
 * afterwards, so no copy stays in the file. Tombstones carry the deletion into every later
 * export and merge. The consent records and the withdrawal itself stay: they are the
 * evidence an IRB needs, and contain no responses.
 */
public final class WithdrawalService {
    private final OpenStudy study;
    private final ConsentRepository consents;
    private final ParticipantRepository participants;
    private final TombstoneRepository tombstones;

    public WithdrawalService(OpenStudy study, ConsentRepository consents, ParticipantRepository participants,
                             TombstoneRepository tombstones) {
        this.study = study;
        this.consents = consents;
        this.participants = participants;
        this.tombstones = tombstones;
    }

    /** Withdraws now. */
    public Withdrawal withdraw(String participantId, WithdrawalScope scope, String reason) {
        return withdraw(participantId, scope, study.clock().instant(), reason);
    }

    /**
     * Withdraws a participant.
     *
     * @param withdrawnAt when the participant withdrew (may be earlier than today, when they
     *                    told the team before the researcher could record it; never in the future)
     * @param reason      optional; encrypted, and readable only with response access
     */
    public Withdrawal withdraw(String participantId, WithdrawalScope scope, Instant withdrawnAt, String reason) {
        study.require(Capability.RECORD_CONSENT);
        if (scope == null) {
            throw new CampoException("consent.withdrawal.scopeRequired");
        }
        Instant now = study.clock().instant();
        if (withdrawnAt == null || withdrawnAt.isAfter(now)) {
            throw new CampoException("consent.withdrawal.dateInFuture");
        }
        ParticipantRow participant = participants.findById(participantId)
                .orElseThrow(() -> new CampoException("consent.participantNotFound", participantId));
        if (participant.withdrawn()) {
            throw new CampoException("consent.withdrawal.already", participant.code());
        }
        WithdrawalRow row = new WithdrawalRow(Ids.newId(), participant.id(), participant.code(), withdrawnAt,
                scope.code(), study.member().id(), reason == null || reason.isBlank() ? null : reason.strip());
        study.changes().run(c -> {
            if (scope == WithdrawalScope.DESTROY) {
                destroyData(c, participant, row.id(), now);
            } else {
                participants.markWithdrawn(participant.id());
            }
            consents.addWithdrawal(row);
            c.audit(AuditAction.WITHDRAWAL, "withdrawal", row.id(), true,
                    "participant=" + participant.code() + " scope=" + scope.code());
            c.audit(scope == WithdrawalScope.DESTROY
                            ? AuditAction.PARTICIPANT_ERASED : AuditAction.PARTICIPANT_CHANGED,
                    "participant", participant.id(), true, "code=" + participant.code() + " withdrawn");
        });
        if (scope == WithdrawalScope.DESTROY) {
            study.checkpoint();
        }
        return toWithdrawal(row);
    }

    private void destroyData(Change c, ParticipantRow participant, String withdrawalId, Instant now) {
        String reason = "withdrawal " + withdrawalId;
        SubmissionRepository submissions = c.repositories().submissions();
        for (SubmissionSummary s : submissions.listByParticipant(participant.id())) {
            submissions.delete(s.id());
            tombstones.add(new Tombstone(s.id(), Tombstone.SUBMISSION, now, reason));
            c.audit(AuditAction.SUBMISSION_DELETED, "submission", s.id(), false,
                    "participant=" + participant.code() + " withdrawal=" + withdrawalId);
        }
        int[] analysis = AnalysisErasure.eraseCase(c.repositories(), participant.id(), now, reason);
        if (analysis[0] + analysis[1] + analysis[2] > 0) {
            c.audit(AuditAction.QDA_SOURCE_DELETED, "participant", participant.id(), false,
                    "withdrawal=" + withdrawalId + " sources=" + analysis[0] + " codings=" + analysis[1]
                            + " memos=" + analysis[2]);
        }
        participants.eraseAttributesAndMarkWithdrawn(participant.id());
        tombstones.add(new Tombstone(participant.id(), Tombstone.PARTICIPANT, now, reason));
    }

    /** Every withdrawal, oldest first (no reasons). */
    public List<Withdrawal> list() {
        study.require(Capability.READ_CONSENT);
        return consents.withdrawals().stream().map(WithdrawalService::toWithdrawal).toList();
    }

    /** The reason a participant gave, if recorded. Needs response access. */
    public String reason(String withdrawalId) {
        study.require(Capability.READ_RESPONSES);
        return consents.withdrawals().stream().filter(w -> w.id().equals(withdrawalId)).findFirst()
                .map(WithdrawalRow::reason)
                .orElseThrow(() -> new CampoException("consent.withdrawal.notFound", withdrawalId));
    }

    /** Ids destroyed by withdrawals (and other deletions), for export and merge code to carry. */
    public List<Tombstone> tombstones() {
        study.require(Capability.READ_CONSENT);
        return tombstones.all();
    }

    static Withdrawal toWithdrawal(WithdrawalRow r) {
        return new Withdrawal(r.id(), r.participantId(), r.participantCode(), r.withdrawnAt(),
                WithdrawalScope.fromCode(r.scope()), r.memberId());
    }
}
