package org.campo.store;

import org.campo.model.WithdrawalRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.ConsentRow;
import java.util.List;
import java.util.Optional;

/** Consent scripts (never edited: a new text is a new version), consent records and withdrawals. */
public interface ConsentRepository {
    void addScript(ConsentScriptRow s);

    Optional<ConsentScriptRow> findScript(String id);

    /** The newest version of a script in one language. */
    Optional<ConsentScriptRow> latestScript(String scriptKey, String language);

    /** The highest version of a script in any language (0 when there is none). */
    int highestVersion(String scriptKey);

    boolean scriptExists(String scriptKey, int version, String language);

    List<ConsentScriptRow> scripts();

    void addConsent(ConsentRow c);

    /** A participant's consent events, oldest first. */
    List<ConsentRow> consentsOf(String participantId);

    List<ConsentRow> consents();

    void addWithdrawal(WithdrawalRow w);

    List<WithdrawalRow> withdrawals();

    Optional<WithdrawalRow> withdrawalOf(String participantId);
}
