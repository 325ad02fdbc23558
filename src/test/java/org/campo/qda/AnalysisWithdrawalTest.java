package org.campo.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.consent.WithdrawalScope;
import org.campo.model.Tombstone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.campo.study.StudyInternals;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/** Consent follows the text: a withdrawal that destroys data removes the participant's analysis data from the file. */
class AnalysisWithdrawalTest {
    @TempDir
    Path tmp;
    ConsentFixture f;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        if (!f.study.isLocked()) { // what the test did through Campo leaves the analysis tables' records true
            org.assertj.core.api.Assertions.assertThat(org.campo.study.DeepCheck.run(f.study,
                    org.campo.common.ProgressListener.NONE).damaged())
                    .filteredOn(d -> org.campo.study.DeepCheck.TABLES.equals(d.column())).isEmpty();
        }
        f.close();
    }

    @Test
    void destroyingWithdrawalDeletesSourcesCodingsMemosAndAttributesLeavingTombstones() throws Exception {
        QdaServices qda = f.ctx.qda(f.study);
        Participant gone = f.participant("P-031", Map.of());
        Participant stays = f.participant("P-032", Map.of());
        f.verbalConsent(gone, ConsentFixture.allGranted());
        f.verbalConsent(stays, ConsentFixture.allGranted());
        Source text = qda.sources().addNote("Notas P-031", SourceKind.INTERVIEW_NOTES, gone.id(),
                "Relato largo " + "x".repeat(3000));
        Source kept = qda.sources().addNote("Notas P-032", SourceKind.INTERVIEW_NOTES, stays.id(), "Se queda.");
        Code code = qda.codebook().create(null, "Violencia", null, null);
        Coding coding = qda.codings().code(text.id(), 0, 6, code.id());
        qda.codings().code(kept.id(), 0, 2, code.id());
        Memo onSource = qda.memos().add(MemoTarget.SOURCE, text.id(), null, "memo de fuente " + "y".repeat(500));
        Memo onCoding = qda.memos().add(MemoTarget.CODING, coding.id(), null, "memo de segmento " + "z".repeat(500));
        Memo project = qda.memos().add(MemoTarget.PROJECT, null, null, "memo del proyecto");
        qda.cases().setAttribute(gone.id(), "city", "Tumbes", false);
        qda.retrieval().search("Relato");
        List<byte[]> ciphertexts = new ArrayList<>();
        ciphertexts.add(blob("SELECT text_enc FROM source WHERE id = ?", text.id()));
        ciphertexts.add(blob("SELECT text_enc FROM memo WHERE id = ?", onSource.id()));
        ciphertexts.add(blob("SELECT text_enc FROM memo WHERE id = ?", onCoding.id()));

        f.consent.withdrawals().withdraw(gone.id(), WithdrawalScope.DESTROY, "ya no es seguro");

        byte[] db = Files.readAllBytes(f.file);
        Path wal = Path.of(f.file + "-wal");
        byte[] walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        for (byte[] raw : List.of(db, walBytes)) {
            for (byte[] c : ciphertexts) {
                assertThat(indexOf(raw, java.util.Arrays.copyOfRange(c, 16, 48))).isEqualTo(-1);
            }
        }
        assertThat(qda.sources().list()).extracting(SourceSummary::id).containsExactly(kept.id());
        assertThat(qda.retrieval().search("Relato")).as("nothing served from memory").isEmpty();
        assertThat(qda.memos().all()).containsExactly(project);
        assertThat(qda.codebook().counts()).containsEntry(code.id(), 1);
        assertThat(f.study.repositories().caseAttributes().of(gone.id())).isEmpty();
        assertThat(f.consent.withdrawals().tombstones()).extracting(Tombstone::id, Tombstone::kind).contains(
                org.assertj.core.groups.Tuple.tuple(text.id(), Tombstone.SOURCE),
                org.assertj.core.groups.Tuple.tuple(coding.id(), Tombstone.CODING),
                org.assertj.core.groups.Tuple.tuple(onSource.id(), Tombstone.MEMO),
                org.assertj.core.groups.Tuple.tuple(onCoding.id(), Tombstone.MEMO));
        assertThat(f.study.audit().verify().ok()).isTrue();
    }

    private byte[] blob(String sql, String id) {
        return StudyInternals.database(f.study).queryOne(sql, rs -> rs.getBytes(1), id);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
