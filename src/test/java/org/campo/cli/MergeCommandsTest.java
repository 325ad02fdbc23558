package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code study kit|join}, {@code package export|import} and {@code merge conflicts}, through the command line. */
class MergeCommandsTest {
    private static final String PASS = "quinua maiz cebada";

    @TempDir
    Path dir;

    @Test
    void aLaptopJoinsFromAKitAndItsPackageMergesOnceIntoTheCoordinatorsStudy() throws Exception {
        CliRun cli = new CliRun(dir.resolve("home")).passphrase(PASS);
        Path coordinator = dir.resolve("coordinacion.campo");
        Path form = dir.resolve("flow-count.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        assertThat(cli.run("study", "create", coordinator.toString(), "--name", "Flujos", "--user", "ana").code())
                .isZero();
        assertThat(cli.run("form", "import", coordinator.toString(), form.toString()).code()).isZero();
        cli.env.put("CAMPO_NEW_PASSPHRASE", PASS);
        assertThat(cli.run("study", "member", "add", coordinator.toString(), "--user", "luis", "--role", "researcher",
                "--as", "ana").code()).isZero();
        Path kit = dir.resolve("flujos.campokit");
        CliRun.Result kitted = cli.run("study", "kit", coordinator.toString(), "-o", kit.toString(), "-u", "ana");
        assertThat(kitted.code()).as(kitted.toString()).isZero();
        assertThat(kitted.out()).contains("fingerprint");

        Path laptop = dir.resolve("laptop.campo");
        CliRun.Result joined = cli.run("study", "join", kit.toString(), "-o", laptop.toString(), "--user", "luis");
        assertThat(joined.code()).as(joined.toString()).isZero();
        assertThat(joined.recoveryKey()).startsWith("CAMPO-");
        CliRun.Result list = cli.run("form", "list", laptop.toString());
        String version = list.out().lines().map(String::trim).filter(l -> l.startsWith("campo_flow_count"))
                .findFirst().orElseThrow(() -> new AssertionError(list.toString())).split("\\s+")[1];
        Path instance = dir.resolve("i.xml");
        Files.writeString(instance, "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\""
                + version + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>1</group_seq></crossing><meta><instanceID>uuid:1</instanceID></meta></data>",
                StandardCharsets.UTF_8);
        assertThat(cli.run("data", "import", laptop.toString(), "--form", "campo_flow_count", instance.toString())
                .code()).isZero();
        Path pkg = dir.resolve("luis.campopkg");
        CliRun.Result exported = cli.run("package", "export", laptop.toString(), "-o", pkg.toString());
        assertThat(exported.code()).as(exported.toString()).isZero();

        CliRun.Result merged = cli.run("package", "import", coordinator.toString(), pkg.toString(), "-u", "ana");
        assertThat(merged.code()).as(merged.toString()).isZero();
        assertThat(merged.out()).contains("1 new submissions");
        assertThat(cli.run("package", "import", coordinator.toString(), pkg.toString(), "-u", "ana").out())
                .contains("already merged");
        assertThat(cli.run("form", "list", coordinator.toString(), "-u", "ana").out())
                .containsPattern("campo_flow_count +" + version + " +1 +0");
        CliRun.Result conflicts = cli.run("merge", "conflicts", coordinator.toString(), "-u", "ana");
        assertThat(conflicts.out()).contains("0 open conflicts");

        Path elsewhere = dir.resolve("otro.campo");
        cli.run("study", "create", elsewhere.toString(), "--name", "Otro", "--user", "ana");
        CliRun.Result refused = cli.run("package", "import", elsewhere.toString(), pkg.toString(), "-u", "ana");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("belongs to another study");
    }
}
