package org.campo.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.collect.InstanceImporter.InstanceFile;
import org.campo.model.Role;
import org.campo.study.OpenStudy;

/**
 * A coordinator's study ("Flujos Tumbes": ana coordinates, luis and rosa collect) with the flow
 * count form and a kit written from it; laptops join from the kit, import flow counts and write
 * packages, all through the services as the app and the CLI do.
 */
public final class MergeFixture {
    public static final String PASS = "quinua maiz cebada";

    private final Path dir;
    private final AppContext ctx;
    private final Path coordinator;
    private final Path kit;
    private final String version;

    public MergeFixture(Path dir, AppContext ctx) {
        this.dir = dir;
        this.ctx = ctx;
        this.coordinator = dir.resolve("coordinacion.campo");
        this.kit = dir.resolve("tumbes.campokit");
        try {
            Path form = dir.resolve("flow-count.xlsx");
            try (InputStream in = MergeFixture.class.getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
                Files.write(form, in.readAllBytes());
            }
            try (OpenStudy s = ctx.studies().create(coordinator, "Flujos Tumbes", "ana", Role.COORDINATOR,
                    PASS.toCharArray()).study()) {
                version = ctx.forms(s).importWorkbook(form).form().version();
                s.addMember("luis", Role.RESEARCHER, PASS.toCharArray());
                s.addMember("rosa", Role.RESEARCHER, PASS.toCharArray());
                ctx.merge().writeKit(s, kit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path coordinator() {
        return coordinator;
    }

    public Path kit() {
        return kit;
    }

    /** A flow count (one group crossing at CEBAF Tumbes) with the given instanceID. */
    public String instance(int group, String uuid) {
        return "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\"" + version
                + "\"><crossing><point_code>CEBAF-TUMBES</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>" + group + "</group_seq></crossing>"
                + "<meta><instanceID>" + uuid + "</instanceID></meta></data>";
    }

    /** A laptop joined from the kit by {@code user}, holding the given instances (file name to XML). */
    public Path laptop(String name, String user, Map<String, String> instances) {
        Path file = dir.resolve(name + ".campo");
        try (OpenStudy s = ctx.merge().join(kit, file, user, PASS.toCharArray()).study()) {
            List<InstanceFile> files = instances.entrySet().stream()
                    .map(e -> new InstanceFile(e.getKey() + ".xml", e.getValue().getBytes(StandardCharsets.UTF_8)))
                    .toList();
            if (!files.isEmpty()) {
                ctx.instances(s).importInstances("campo_flow_count", files);
            }
        }
        return file;
    }

    /** The laptop's package, written to {@code name} in the fixture's folder. */
    public Path packageOf(Path laptop, String user, String name) {
        Path out = dir.resolve(name);
        try (OpenStudy s = ctx.studies().unlock(laptop, user, PASS.toCharArray())) {
            ctx.merge().exportPackage(s, out);
        }
        return out;
    }

    public OpenStudy unlockCoordinator() {
        return ctx.studies().unlock(coordinator, "ana", PASS.toCharArray());
    }
}
