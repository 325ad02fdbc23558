package org.campo.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.campo.model.FormVersion;
import org.campo.study.OpenStudy;
import org.campo.testsupport.ChildJvm;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance: plaintext never reaches the disk. A child JVM, with its own {@code java.io.tmpdir}
 * and Campo home, writes a known canary string into a site name, a form and a submission. The
 * canary (UTF-8 and UTF-16, as typed, lower and upper case), also typed into a source, a code
 * definition, a memo and a case attribute, must appear in none of: the study
 * file and its WAL while open, the study file after locking, the child's temp directory, and
 * the Campo home (logs, settings).
 */
@Tag("slow")
class CanaryTest {
    private static final String PASS = "totora balsa titicaca";

    @TempDir
    Path dir;

    @Test
    void theCanaryIsInNoFileOnDisk() throws Exception {
        String canary = "Qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "CanaryWawa";
        Path home = dir.resolve("home");
        Path tmp = Files.createDirectories(dir.resolve("child-tmp"));
        Path study = dir.resolve("canary.campo");
        Path snapshot = Files.createDirectories(dir.resolve("open-copy"));
        CanaryScanner scanner = new CanaryScanner(canary);

        ProcessBuilder pb = ChildJvm.builder(CanaryWriter.class.getName(), List.of("-Djava.io.tmpdir=" + tmp),
                home.toString(), study.toString());
        pb.environment().put("CAMPO_TEST_CANARY", canary);
        pb.environment().put("CAMPO_PASSPHRASE", PASS);
        pb.redirectError(dir.resolve("child-stderr.txt").toFile());
        Process child = pb.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream toChild = child.getOutputStream()) {
            assertThat(in.readLine()).as(stderr()).isEqualTo("WRITTEN");

            Path wal = Path.of(study + "-wal");
            assertThat(Files.size(wal)).as("the writes are still in the WAL").isPositive();
            for (Path p : List.of(study, wal)) {
                Files.copy(p, snapshot.resolve(p.getFileName()));
            }
            assertThat(scanner.filesContainingCanary(snapshot)).as("study file and WAL while open").isEmpty();

            toChild.write('\n');
            toChild.flush();
            assertThat(in.readLine()).as(stderr()).isEqualTo("LOCKED");
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(stderr()).isZero();

        List<Path> studyFiles = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith("canary.campo")).forEach(studyFiles::add);
        }
        for (Path p : studyFiles) {
            assertThat(scanner.containsCanary(p)).as("%s after locking", p.getFileName()).isFalse();
        }
        assertThat(scanner.filesContainingCanary(tmp)).as("the child's temp directory").isEmpty();
        assertThat(scanner.filesContainingCanary(home)).as("the Campo home, logs included").isEmpty();

        // The canary was really written, and encrypted: with the key it reads back.
        assertThat(Files.getPosixFilePermissions(study)).as("study file mode")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (OpenStudy s = TestApp.context(home).studies().unlock(study, CanaryWriter.memberName(canary),
                PASS.toCharArray())) {
            assertThat(s.member().userName()).isEqualTo(CanaryWriter.memberName(canary));
            assertThat(s.repositories().participants().findByCode(CanaryWriter.participantCode(canary)))
                    .map(p -> p.id()).contains(CanaryWriter.PARTICIPANT_ID);
            assertThat(s.repositories().consents().withdrawals().get(0).participantCode())
                    .isEqualTo(CanaryWriter.participantCode(canary));
            assertThat(s.audit().entries(1, 1000)).anyMatch(e -> e.details() != null
                    && e.details().contains(CanaryWriter.participantCode(canary)))
                    .anyMatch(e -> CanaryWriter.memberName(canary).equals(e.actor()));
            assertThat(s.sites().findByCode(CanaryWriter.SITE_CODE).orElseThrow().name()).contains(canary);
            FormVersion form = s.forms().latestVersions().get(0);
            assertThat(form.xform()).contains(canary);
            assertThat(s.repositories().sources().findById(CanaryWriter.SOURCE_ID).orElseThrow().text()).contains(canary);
            assertThat(s.repositories().memos().all().get(0).text()).contains(canary);
            assertThat(s.repositories().codes().all().get(0).definition()).contains(canary);
        }
    }

    @Test
    void theScannerFindsEveryVariant() throws Exception {
        CanaryScanner scanner = new CanaryScanner("AbcCanaryXyz");
        Path folder = Files.createDirectories(dir.resolve("control"));
        Files.write(folder.resolve("utf16"), ("..." + "abccanaryxyz").getBytes(StandardCharsets.UTF_16LE));
        Files.write(folder.resolve("upper"), "xx ABCCANARYXYZ yy".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("clean"), "nothing here".getBytes(StandardCharsets.UTF_8));
        assertThat(scanner.filesContainingCanary(folder)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("utf16", "upper");
    }

    private String stderr() {
        try {
            Path p = dir.resolve("child-stderr.txt");
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Looks for a string as bytes, in the encodings and cases a leak could take. */
    static final class CanaryScanner {
        private final List<byte[]> needles = new ArrayList<>();

        CanaryScanner(String canary) {
            for (String variant : List.of(canary, canary.toLowerCase(Locale.ROOT), canary.toUpperCase(Locale.ROOT))) {
                for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    needles.add(variant.getBytes(cs));
                }
            }
        }

        List<Path> filesContainingCanary(Path folder) throws IOException {
            if (!Files.exists(folder)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).filter(this::containsCanary).toList();
            }
        }

        boolean containsCanary(Path file) {
            byte[] data;
            try {
                data = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new AssertionError("cannot read " + file, e);
            }
            return needles.stream().anyMatch(n -> indexOf(data, n) >= 0);
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
}
