package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campo.model.ParticipantRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ParticipantRepository} must do. */
abstract class ParticipantRepositoryContract {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private ParticipantRepository repo;

    protected abstract ParticipantRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    private static ParticipantRow row(String id, String code) {
        return new ParticipantRow(id, code, T0, false);
    }

    @Test
    void participantsAreFoundByIdAndCodeAndListedByCode() {
        repo.add(row("p2", "TUM-002"), null);
        repo.add(row("p1", "TUM-001"), Map.of());

        assertThat(repo.findById("p2")).contains(row("p2", "TUM-002"));
        assertThat(repo.findByCode("TUM-001")).contains(row("p1", "TUM-001"));
        assertThat(repo.findByCode("TUM-999")).isEmpty();
        assertThat(repo.all()).extracting(ParticipantRow::code).containsExactly("TUM-001", "TUM-002");
        assertThat(repo.count()).isEqualTo(2);
    }

    @Test
    void aCodeAlreadyInUseIsRefused() {
        repo.add(row("p1", "TUM-001"), null);

        assertThatThrownBy(() -> repo.add(row("p2", "TUM-001"), null))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.duplicateParticipant"));
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void attributesComeBackInTheOrderGivenAndCanBeReplaced() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("gender_identity", "mujer trans");
        given.put("age_band", "18-24");
        given.put("note", "línea 1\nlínea 2 😀");
        repo.add(row("p1", "TUM-001"), given);

        assertThat(repo.attributes("p1")).containsExactlyEntriesOf(given);
        repo.replaceAttributes("p1", Map.of("age_band", "25-34"));
        assertThat(repo.attributes("p1")).containsExactlyEntriesOf(Map.of("age_band", "25-34"));
        repo.add(row("p2", "TUM-002"), null);
        assertThat(repo.attributes("p2")).isEmpty();
    }

    @Test
    void erasingLeavesTheCodeAndMarksTheWithdrawal() {
        repo.add(row("p1", "TUM-001"), Map.of("age_band", "18-24"));
        repo.add(row("p2", "TUM-002"), Map.of("age_band", "25-34"));

        repo.eraseAttributesAndMarkWithdrawn("p1");
        repo.markWithdrawn("p2");

        assertThat(repo.attributes("p1")).isEmpty();
        assertThat(repo.findById("p1").orElseThrow().withdrawn()).isTrue();
        assertThat(repo.findById("p1").orElseThrow().code()).isEqualTo("TUM-001");
        assertThat(repo.attributes("p2")).containsExactlyEntriesOf(Map.of("age_band", "25-34"));
        assertThat(repo.findById("p2").orElseThrow().withdrawn()).isTrue();
    }
}
