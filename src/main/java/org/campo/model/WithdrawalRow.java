package org.campo.model;

import java.time.Instant;

/**
 * A stored withdrawal. The participant code is copied in clear so the withdrawal stays
 * readable for IRB review whatever happens to the participant row; the reason is sealed.
 */
public record WithdrawalRow(String id, String participantId, String participantCode, Instant withdrawnAt, String scope,
                            String memberId, String reason) {
}
