package org.campo.store.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.WithdrawalRow;
import org.campo.store.ConsentRepository;

/** Consent scripts, records and withdrawals in memory, ordered as the SQLite implementation orders them. */
public final class InMemoryConsentRepository implements ConsentRepository {
    private final List<ConsentScriptRow> scripts = new ArrayList<>();
    private final List<ConsentRow> consents = new ArrayList<>();
    private final List<WithdrawalRow> withdrawals = new ArrayList<>();

    @Override
    public synchronized void addScript(ConsentScriptRow s) {
        scripts.add(s);
    }

    @Override
    public synchronized Optional<ConsentScriptRow> findScript(String id) {
        return scripts.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<ConsentScriptRow> latestScript(String scriptKey, String language) {
        return scripts.stream().filter(s -> s.scriptKey().equals(scriptKey) && s.language().equals(language))
                .max(Comparator.comparingInt(ConsentScriptRow::version));
    }

    @Override
    public synchronized int highestVersion(String scriptKey) {
        return scripts.stream().filter(s -> s.scriptKey().equals(scriptKey)).mapToInt(ConsentScriptRow::version)
                .max().orElse(0);
    }

    @Override
    public synchronized boolean scriptExists(String scriptKey, int version, String language) {
        return scripts.stream().anyMatch(s -> s.scriptKey().equals(scriptKey) && s.version() == version
                && s.language().equals(language));
    }

    @Override
    public synchronized List<ConsentScriptRow> scripts() {
        return scripts.stream().sorted(Comparator.comparing(ConsentScriptRow::scriptKey)
                .thenComparingInt(ConsentScriptRow::version).thenComparing(ConsentScriptRow::language)).toList();
    }

    @Override
    public synchronized void addConsent(ConsentRow c) {
        consents.add(c);
    }

    @Override
    public synchronized List<ConsentRow> consentsOf(String participantId) {
        return consents().stream().filter(c -> c.participantId().equals(participantId)).toList();
    }

    @Override
    public synchronized List<ConsentRow> consents() {
        return consents.stream().sorted(Comparator.comparing(ConsentRow::obtainedAt).thenComparing(ConsentRow::id))
                .toList();
    }

    @Override
    public synchronized void addWithdrawal(WithdrawalRow w) {
        withdrawals.add(w);
    }

    @Override
    public synchronized List<WithdrawalRow> withdrawals() {
        return withdrawals.stream().sorted(Comparator.comparing(WithdrawalRow::withdrawnAt)
                .thenComparing(WithdrawalRow::id)).toList();
    }

    @Override
    public synchronized Optional<WithdrawalRow> withdrawalOf(String participantId) {
        return withdrawals().stream().filter(w -> w.participantId().equals(participantId)).findFirst();
    }
}
