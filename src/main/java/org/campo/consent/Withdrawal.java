package org.campo.consent;

import java.time.Instant;

/**
 * A participant's withdrawal as IRB reviewers see it. The reason is not here: it may say
 * more about the person than a reviewer needs, so it is read separately with response access.
 */
public record Withdrawal(String id, String participantId, String participantCode, Instant withdrawnAt,
                         WithdrawalScope scope, String researcherId) {
}
