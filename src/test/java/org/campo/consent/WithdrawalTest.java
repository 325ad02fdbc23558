package org.campo.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.common.AccessDeniedException;
import org.campo.common.CampoException;
import org.campo.model.Submission;
import org.campo.model.Tombstone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.campo.study.StudyInternals;

class WithdrawalTest {
    private static final String CANARY_ATTR = "CANARY-ATTR-7f3a9c";
    private static final String CANARY_XML = "CANARY-XML-41be02";

    @TempDir
    Path tmp;
    ConsentFixture f;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void destroyLeavesNoTraceOfTheParticipantInTheFileOrItsWal() throws Exception {
        Participant gone = f.participant("P-021", Map.of(ParticipantAttributes.GENDER_IDENTITY, CANARY_ATTR,
                ParticipantAttributes.SEXUAL_ORIENTATION, CANARY_ATTR + "-so"));
        Participant stays = f.participant("P-022", Map.of(ParticipantAttributes.AGE_BAND, "25-34"));
        f.verbalConsent(gone, ConsentFixture.allGranted());
        f.verbalConsent(stays, ConsentFixture.allGranted());
        Submission s1 = f.submission(gone, "<data><q1>" + CANARY_XML + " " + "x".repeat(6000) + "</q1></data>");
        Submission s2 = f.submission(gone, "<data><q1>" + CANARY_XML + "-2</q1></data>");
        Submission kept = f.submission(stays, "<data><q1>kept answer</q1></data>");
        List<byte[]> ciphertexts = storedCiphertexts(gone.id(), s1.id(), s2.id());

        Withdrawal w = f.consent.withdrawals().withdraw(gone.id(), WithdrawalScope.DESTROY, "no longer safe");

        byte[] db = Files.readAllBytes(f.file);
        Path wal = Path.of(f.file + "-wal");
        byte[] walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        for (byte[] raw : List.of(db, walBytes)) {
            assertThat(indexOf(raw, CANARY_ATTR.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
            assertThat(indexOf(raw, CANARY_XML.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
            for (byte[] c : ciphertexts) {
                // the data is encrypted, so look for the ciphertext itself (a 32-byte slice of it)
                assertThat(indexOf(raw, java.util.Arrays.copyOfRange(c, 16, 48))).isEqualTo(-1);
            }
        }
        assertThat(f.study.submissions().findById(s1.id())).isEmpty();
        assertThat(f.study.submissions().findById(kept.id())).isPresent();
        assertThat((int) StudyInternals.database(f.study).<Integer>queryOne("SELECT count(*) FROM attachment WHERE submission_id IN (?,?)",
                rs -> rs.getInt(1), s1.id(), s2.id())).isZero();
        assertThat(f.consent.participants().attributes(gone.id())).isEmpty();
        assertThat(f.consent.participants().attributes(stays.id())).containsEntry(ParticipantAttributes.AGE_BAND, "25-34");
        assertThat(f.consent.withdrawals().tombstones()).extracting(Tombstone::id, Tombstone::kind)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(gone.id(), Tombstone.PARTICIPANT),
                        org.assertj.core.groups.Tuple.tuple(s1.id(), Tombstone.SUBMISSION),
                        org.assertj.core.groups.Tuple.tuple(s2.id(), Tombstone.SUBMISSION));
        assertThat(f.consent.withdrawals().list()).containsExactly(w);
        assertThat(f.consent.withdrawals().reason(w.id())).isEqualTo("no longer safe");
        assertThat(f.consent.consent().history(gone.id())).hasSize(1);
        assertThat(f.study.audit().verify().ok()).isTrue();
        assertThatThrownBy(() -> f.consent.gate().requireConsentToInterview(gone.id()))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.withdrawn");
    }

    @Test
    void keepScopeKeepsDataButStopsCollection() {
        Participant p = f.participant("P-023", Map.of(ParticipantAttributes.AGE_BAND, "18-24"));
        f.verbalConsent(p, ConsentFixture.allGranted());
        Submission s = f.submission(p, "<data/>");

        f.consent.withdrawals().withdraw(p.id(), WithdrawalScope.KEEP, null);

        assertThat(f.study.submissions().findById(s.id())).isPresent();
        assertThat(f.consent.participants().attributes(p.id())).containsEntry(ParticipantAttributes.AGE_BAND, "18-24");
        assertThat(f.consent.withdrawals().tombstones()).isEmpty();
        assertThat(f.consent.participants().get(p.id()).withdrawn()).isTrue();
        assertThatThrownBy(() -> f.consent.withdrawals().withdraw(p.id(), WithdrawalScope.DESTROY, null))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.withdrawal.already");
    }

    @Test
    void aWithdrawalCannotBeDatedInTheFutureAndTheIrbCannotRecordOne() {
        Participant p = f.participant("P-024", Map.of());
        assertThatThrownBy(() -> f.consent.withdrawals().withdraw(p.id(), WithdrawalScope.KEEP,
                ConsentFixture.NOW.plusSeconds(86_400), null))
                .extracting(e -> ((CampoException) e).key()).isEqualTo("consent.withdrawal.dateInFuture");

        f.reopenAsIrb();
        assertThatThrownBy(() -> f.consent.withdrawals().withdraw(p.id(), WithdrawalScope.DESTROY, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<byte[]> storedCiphertexts(String participantId, String... submissionIds) {
        List<byte[]> out = new ArrayList<>();
        out.add(StudyInternals.database(f.study).queryOne("SELECT attributes_enc FROM participant WHERE id = ?",
                rs -> rs.getBytes(1), participantId));
        for (String id : submissionIds) {
            out.add(StudyInternals.database(f.study).queryOne("SELECT instance_enc FROM submission WHERE id = ?",
                    rs -> rs.getBytes(1), id));
            out.add(StudyInternals.database(f.study).queryOne("SELECT bytes_enc FROM attachment WHERE submission_id = ?",
                    rs -> rs.getBytes(1), id));
        }
        return out;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
