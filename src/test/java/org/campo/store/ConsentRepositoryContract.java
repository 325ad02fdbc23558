package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.model.ConsentRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.WithdrawalRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConsentRepository} must do. */
abstract class ConsentRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private ConsentRepository repo;

    protected abstract ConsentRepository createRepository();

    /** A participant the consent rows may refer to; returns its id. */
    protected abstract String createParticipant(String code);

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    private static ConsentScriptRow script(String id, String key, int version, String language) {
        return new ConsentScriptRow(id, key, version, language, "Consentimiento " + version, "Texto ñ " + id,
                "0".repeat(64), List.of("participate", "audio_recording"), T0.plusSeconds(version));
    }

    private static ConsentRow consent(String id, String participant, String script, int second, String attestation) {
        Map<String, Boolean> decisions = new LinkedHashMap<>();
        decisions.put("participate", true);
        decisions.put("audio_recording", false);
        return new ConsentRow(id, participant, script, "verbal", decisions, T0.plusSeconds(second), "TUM-CEBAF",
                "member-1", false, null, null, attestation, null);
    }

    @Test
    void scriptsKeepEveryVersionAndTheNewestIsFoundPerLanguage() {
        repo.addScript(script("s1", "ki", 1, "es"));
        repo.addScript(script("s2", "ki", 2, "es"));
        repo.addScript(script("s3", "ki", 1, "en"));
        repo.addScript(script("s4", "fm", 1, "es"));

        assertThat(repo.findScript("s2")).contains(script("s2", "ki", 2, "es"));
        assertThat(repo.findScript("nope")).isEmpty();
        assertThat(repo.latestScript("ki", "es")).map(ConsentScriptRow::id).contains("s2");
        assertThat(repo.latestScript("ki", "fr")).isEmpty();
        assertThat(repo.highestVersion("ki")).isEqualTo(2);
        assertThat(repo.highestVersion("none")).isZero();
        assertThat(repo.scriptExists("ki", 1, "en")).isTrue();
        assertThat(repo.scriptExists("ki", 2, "en")).isFalse();
        assertThat(repo.scripts()).extracting(ConsentScriptRow::id).containsExactly("s4", "s3", "s1", "s2");
    }

    @Test
    void consentsKeepTheirDecisionsInOrderAndAreListedOldestFirst() {
        repo.addScript(script("s1", "ki", 1, "es"));
        String ana = createParticipant("TUM-001");
        String luis = createParticipant("TUM-002");
        repo.addConsent(consent("c2", ana, "s1", 20, "Leído en voz alta"));
        repo.addConsent(consent("c1", luis, "s1", 10, null));
        repo.addConsent(consent("c3", ana, "s1", 30, null));

        assertThat(repo.consents()).extracting(ConsentRow::id).containsExactly("c1", "c2", "c3");
        assertThat(repo.consentsOf(ana)).extracting(ConsentRow::id).containsExactly("c2", "c3");
        ConsentRow read = repo.consentsOf(ana).get(0);
        assertThat(read).isEqualTo(consent("c2", ana, "s1", 20, "Leído en voz alta"));
        assertThat(read.decisions().keySet()).containsExactly("participate", "audio_recording");
    }

    @Test
    void withdrawalsAreListedByDateAndFoundPerParticipantWithTheirReason() {
        String ana = createParticipant("TUM-001");
        String luis = createParticipant("TUM-002");
        WithdrawalRow late = new WithdrawalRow("w2", ana, "TUM-001", T0.plusSeconds(50), "destroy", "member-1",
                "ya no se siente segura");
        WithdrawalRow early = new WithdrawalRow("w1", luis, "TUM-002", T0, "keep", "member-1", null);
        repo.addWithdrawal(late);
        repo.addWithdrawal(early);

        assertThat(repo.withdrawals()).containsExactly(early, late);
        assertThat(repo.withdrawalOf(ana)).contains(late);
        assertThat(repo.withdrawalOf("nobody")).isEmpty();
    }
}
