package org.campo.export.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.campo.common.AccessDeniedException;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentLog;
import org.campo.consent.ConsentPermission;
import org.campo.consent.ConsentServices;
import org.campo.consent.Participant;
import org.campo.consent.ParticipantAttributes;
import org.campo.consent.WithdrawalScope;
import org.campo.model.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IRB role sees consent material and counts, never what participants said or who they are. */
class IrbAccessTest {
    private static final List<String> CANARIES = List.of("CANARY-GENDER-5d1e", "CANARY-ORIENTATION-77ab",
            "CANARY-HIV-STATUS-0c2f", "CANARY-GBV-NARRATIVE-9e41", "CANARY-REASON-3b3b");

    @TempDir
    Path tmp;
    ConsentFixture f;
    Participant p;
    Submission submission;
    String withdrawalId;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        p = f.participant("P-031", Map.of(ParticipantAttributes.GENDER_IDENTITY, CANARIES.get(0),
                ParticipantAttributes.SEXUAL_ORIENTATION, CANARIES.get(1)));
        f.verbalConsent(p, ConsentFixture.grantedExcept(ConsentPermission.AUDIO_RECORDING));
        submission = f.submission(p, "<data><hiv>" + CANARIES.get(2) + "</hiv><gbv>" + CANARIES.get(3) + "</gbv></data>");
        Participant other = f.participant("P-032", Map.of(ParticipantAttributes.GENDER_IDENTITY, CANARIES.get(0)));
        f.verbalConsent(other, ConsentFixture.allGranted());
        withdrawalId = f.consent.withdrawals().withdraw(other.id(), WithdrawalScope.KEEP, CANARIES.get(4)).id();
        f.reopenAsIrb();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void everyReadOfResponsesAttributesOrReasonsIsDenied() {
        ConsentServices c = f.consent;
        List<ThrowingCallable> reads = List.of(
                () -> c.participants().attributes(p.id()),
                () -> c.participants().submissions(p.id()),
                () -> c.participants().updateAttributes(p.id(), Map.of()),
                () -> c.withdrawals().reason(withdrawalId),
                () -> c.participants().register("P-099", Map.of()),
                () -> c.consent().record(org.campo.consent.ConsentRequest.verbal(p.id(), f.script.id(),
                        ConsentFixture.allGranted(), "x", null)),
                () -> c.scripts().add("other", "es", "t", "b", java.util.EnumSet.of(ConsentPermission.PARTICIPATE)));
        for (ThrowingCallable read : reads) {
            assertThatThrownBy(read).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void consentMaterialIsReadableAndHoldsNoCanary() {
        ConsentServices c = f.consent;
        String visible = String.valueOf(c.scripts().list()) + c.consent().all() + c.consent().history(p.id())
                + c.participants().list() + c.withdrawals().list() + c.withdrawals().tombstones()
                + f.study.audit().entries(1, 10_000);

        assertThat(c.consent().all()).hasSize(2);
        assertThat(c.participants().list()).extracting(Participant::code).containsExactly("P-031", "P-032");
        CANARIES.forEach(canary -> assertThat(visible).doesNotContain(canary));
    }

    @Test
    void theIrbPackageContainsNoCanaryInAnyEntry() throws Exception {
        ConsentLog log = f.consent.log().build();
        Path zip = tmp.resolve("out/irb-package.zip");

        new IrbPackageWriter(Locale.ENGLISH).write(log, zip);

        byte[] bytes = Files.readAllBytes(zip);
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        contents.add(bytes);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        }
        assertThat(names).contains("README.txt", "consent_scripts.csv", "consent_scripts.json", "consent_records.csv",
                "consent_records.json", "withdrawals.csv", "withdrawals.json", "audit_chain.csv",
                "audit_verification.json", "consent_log.pdf", "scripts/ki-interview_v1_es.txt");
        for (byte[] content : contents) {
            String asText = new String(content, StandardCharsets.ISO_8859_1);
            CANARIES.forEach(canary -> assertThat(asText).doesNotContain(canary));
        }
        String records = new String(contents.get(names.indexOf("consent_records.csv") + 1), StandardCharsets.UTF_8);
        assertThat(records).contains("P-031", "refused", "granted");
        String verification = new String(contents.get(names.indexOf("audit_verification.json") + 1),
                StandardCharsets.UTF_8);
        assertThat(verification).contains("\"ok\": true", f.study.audit().head());
        String chain = new String(contents.get(names.indexOf("audit_chain.csv") + 1), StandardCharsets.UTF_8);
        assertThat(chain).as("readable details, and the sealed form the chain hashes")
                .contains("stored_actor", "stored_details", "enc1:", f.study.audit().head())
                .contains(f.study.member().userName());
        byte[] scriptFile = contents.get(names.indexOf("scripts/ki-interview_v1_es.txt") + 1);
        assertThat(org.campo.crypto.Hashing.sha256Hex(scriptFile)).isEqualTo(f.script.sha256());
        try (var files = Files.list(zip.getParent())) {
            assertThat(files).containsExactly(zip);
        }
    }
}
