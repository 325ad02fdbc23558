package org.campo.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.EnumSet;
import java.util.Map;
import org.campo.audit.AuditEntry;
import org.campo.common.CampoException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentRulesTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    Participant p;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        p = f.participant("KI-ONG-07", Map.of(ParticipantAttributes.SECTOR, "civil society"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private String keyOf(Runnable r) {
        try {
            r.run();
        } catch (CampoException e) {
            return e.key();
        }
        return null;
    }

    @Test
    void verbalConsentNeedsTheResearchersAttestation() {
        assertThat(keyOf(() -> f.consent.consent().record(ConsentRequest.verbal(p.id(), f.script.id(),
                ConsentFixture.allGranted(), "  ", null)))).isEqualTo("consent.attestationRequired");
    }

    @Test
    void witnessedConsentNeedsTheWitness() {
        ConsentRequest base = new ConsentRequest(p.id(), f.script.id(), ConsentMode.WITNESSED,
                ConsentFixture.allGranted(), null, null, null, false, null, null);
        assertThat(keyOf(() -> f.consent.consent().record(base))).isEqualTo("consent.witnessRequired");
        assertThat(f.consent.consent().record(base.witnessedBy("Promotora de salud")).witness())
                .isEqualTo("Promotora de salud");
    }

    @Test
    void everyAskedPermissionNeedsADecisionAndNothingMayBeGrantedWithoutParticipation() {
        Map<ConsentPermission, Boolean> partial = new java.util.EnumMap<>(ConsentPermission.class);
        partial.put(ConsentPermission.PARTICIPATE, true);
        assertThat(keyOf(() -> f.consent.consent().record(ConsentRequest.verbal(p.id(), f.script.id(), partial,
                "attested", null)))).isEqualTo("consent.decisionMissing");

        Map<ConsentPermission, Boolean> odd = ConsentFixture.grantedExcept(ConsentPermission.PARTICIPATE);
        assertThat(keyOf(() -> f.consent.consent().record(ConsentRequest.verbal(p.id(), f.script.id(), odd,
                "attested", null)))).isEqualTo("consent.grantsWithoutParticipation");
    }

    @Test
    void unknownSiteIsRefused() {
        assertThat(keyOf(() -> f.consent.consent().record(ConsentRequest.verbal(p.id(), f.script.id(),
                ConsentFixture.allGranted(), "attested", "LIM-XX")))).isEqualTo("consent.unknownSite");
    }

    @Test
    void participantCodesArePseudonymousAndUnique() {
        assertThat(keyOf(() -> f.participant("Maria Pérez", Map.of()))).isEqualTo("consent.codeInvalid");
        assertThat(keyOf(() -> f.participant("p-014", Map.of()))).isEqualTo("consent.codeInvalid");
        assertThat(keyOf(() -> f.participant("KI-ONG-07", Map.of()))).isEqualTo("store.duplicateParticipant");
        assertThat(ParticipantCode.isValid("KI-GOV-03")).isTrue();
        assertThat(ParticipantCode.isValid("P-014")).isTrue();
    }

    @Test
    void aNewTextIsANewVersionAndTheOldOneCannotBeEdited() throws Exception {
        ConsentScript v2 = f.consent.scripts().add("ki-interview", "es", f.script.title(),
                f.script.body() + " Puede retirarse en cualquier momento.", EnumSet.allOf(ConsentPermission.class));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.sha256()).isNotEqualTo(f.script.sha256()).hasSize(64);
        assertThat(f.consent.scripts().latest("ki-interview", "es")).contains(v2);
        assertThat(f.consent.scripts().get(f.script.id()).body()).isEqualTo(f.script.body());
        assertThat(keyOf(() -> f.consent.scripts().add("ki-interview", "es", v2.title(), v2.body(),
                EnumSet.allOf(ConsentPermission.class)))).isEqualTo("consent.script.unchanged");
        assertThat(keyOf(() -> f.consent.scripts().add("ki-interview", "es", "t", "b",
                EnumSet.of(ConsentPermission.AUDIO_RECORDING)))).isEqualTo("consent.script.participateRequired");

        f.study.lock();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.file)) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "UPDATE consent_script SET body = 'other' WHERE version = 1"))
                    .hasMessageContaining("immutable");
        }
        f.reopenAsCoordinator();
    }

    @Test
    void scriptsConsentsAndParticipantsAreSealedInTheAuditChain() {
        ConsentRecord c = f.verbalConsent(p, ConsentFixture.allGranted());

        var entries = f.study.audit().entries(1, 100);
        assertThat(entries).anySatisfy(e -> assertSealed(e, "consent_script", f.script.id()));
        assertThat(entries).anySatisfy(e -> assertSealed(e, "participant", p.id()));
        assertThat(entries).anySatisfy(e -> assertSealed(e, "consent", c.id()));
        assertThat(entries).noneSatisfy(e -> assertThat(e.details()).contains("civil society"));
        assertThat(f.study.audit().verify().ok()).isTrue();
    }

    private static void assertSealed(AuditEntry e, String subject, String id) {
        assertThat(e.subject()).isEqualTo(subject);
        assertThat(e.subjectId()).isEqualTo(id);
        assertThat(e.subjectDigest()).hasSize(64);
    }
}
