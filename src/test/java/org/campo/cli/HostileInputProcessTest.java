package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.campo.testsupport.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks through the real entry point, in its own JVM: the console shows only what
 * the command prints (POI's SEVERE log lines and their stack traces go to the log file).
 */
@Tag("slow")
class HostileInputProcessTest {
    @TempDir
    Path dir;

    @Test
    void hostileWorkbooksPrintOnlyTheirFindingsOnTheConsole() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Path broken = dir.resolve("broken.xlsx");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(" ".repeat(30 << 20).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        try (OutputStream out = Files.newOutputStream(broken); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet name=\"survey\" r:id=\"rId1\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ProcessBuilder pb = ChildJvm.builder("org.campo.Main", List.of("-Dcampo.home=" + dir.resolve("home"),
                "-Duser.language=en"), new String[] {"form", "check", bomb.toString(), broken.toString()});
        Path errFile = dir.resolve("err.txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), Charset.defaultCharset());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(errFile, Charset.defaultCharset());
        assertThat(p.exitValue()).as(out + err).isEqualTo(1);
        assertThat(err).as(err).isEmpty();
        assertThat(out).contains("bomb.xlsx: error:").contains("broken.xlsx: error:")
                .doesNotContain("SEVERE").doesNotContain("Exception").doesNotContain("Zip bomb detected");
        assertThat(out.lines().filter(l -> l.contains(": error: "))).hasSize(2);
    }
}
