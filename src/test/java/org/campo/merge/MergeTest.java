package org.campo.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campo.app.AppContext;
import org.campo.collect.InstanceImporter.InstanceFile;
import org.campo.common.CampoException;
import org.campo.consent.WithdrawalScope;
import java.time.Instant;
import org.campo.common.Ids;
import org.campo.model.CaseAttribute;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.FormVersion;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.Tombstone;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops joined from one kit collect flow counts; their sealed packages merge into the
 * coordinator's study with every record once, in either order, and twice without change; a
 * withdrawal on one laptop removes the person's data that came from the other; an altered package
 * is refused whole.
 */
class MergeTest {
    private static final String PASS = "quinua maiz cebada";
    private static final String CANARY = "CANARIO-7f3a-NO-DEBE-APARECER";

    @TempDir
    Path dir;

    private AppContext ctx;
    private MergeService merge;
    private Path coordinator;
    private Path kit;
    private String version;

    @BeforeEach
    void coordinatorWritesAKit() throws Exception {
        ctx = TestApp.context(dir.resolve("home"));
        merge = ctx.merge();
        coordinator = dir.resolve("coordinacion.campo");
        kit = dir.resolve("tumbes.campokit");
        Path form = dir.resolve("flow-count.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/campo/forms/flow-count.xlsx")) {
            Files.write(form, in.readAllBytes());
        }
        try (OpenStudy s = ctx.studies().create(coordinator, "Flujos Tumbes", "ana", Role.COORDINATOR,
                PASS.toCharArray()).study()) {
            FormVersion v = ctx.forms(s).importWorkbook(form).form();
            version = v.version();
            s.addMember("luis", Role.RESEARCHER, PASS.toCharArray());
            s.addMember("rosa", Role.RESEARCHER, PASS.toCharArray());
            MergeService.KitSummary summary = merge.writeKit(s, kit);
            assertThat(summary.forms()).isEqualTo(1);
            assertThat(summary.keyFingerprint()).matches("[0-9A-F]{5}(-[0-9A-F]{5}){3}");
        }
    }

    private String instance(int group, String uuid, String point) {
        return "<?xml version='1.0' encoding='UTF-8' ?><data id=\"campo_flow_count\" version=\"" + version
                + "\"><crossing><point_code>" + (point.isEmpty() ? "CEBAF-TUMBES" : point) + "</point_code><count_date>2024-05-06</count_date>"
                + "<shift>morning</shift><time_slot>h06_08</time_slot><direction>entry</direction>"
                + "<group_seq>" + group + "</group_seq></crossing>"
                + "<meta><instanceID>" + uuid + "</instanceID></meta></data>";
    }

    private Path laptop(String name, String user, Map<String, String> instances) {
        Path file = dir.resolve(name + ".campo");
        try (OpenStudy s = merge.join(kit, file, user, PASS.toCharArray()).study()) {
            List<InstanceFile> files = instances.entrySet().stream()
                    .map(e -> new InstanceFile(e.getKey() + ".xml", e.getValue().getBytes(StandardCharsets.UTF_8)))
                    .toList();
            ctx.instances(s).importInstances("campo_flow_count", files);
        }
        return file;
    }

    private Path packageOf(Path laptop, String user) {
        Path out = dir.resolve(laptop.getFileName() + "-" + System.nanoTime() + ".campopkg");
        try (OpenStudy s = ctx.studies().unlock(laptop, user, PASS.toCharArray())) {
            merge.exportPackage(s, out);
        }
        return out;
    }

    private Set<String> finalInstances(Path study) {
        try (OpenStudy s = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            Set<String> xml = new TreeSet<>();
            List<String> refs = s.forms().versionsOf("campo_flow_count").stream().map(FormVersion::id).toList();
            s.submissions().forEach(refs, SubmissionStatus.FINAL, sub -> xml.add(sub.instanceXml()));
            return xml;
        }
    }

    private MergeService.ImportSummary importInto(Path study, Path pkg) {
        try (OpenStudy s = ctx.studies().unlock(study, "ana", PASS.toCharArray())) {
            return merge.importPackage(s, pkg);
        }
    }

    @Test
    void aPointRetiredBeforeTheKitIsRetiredOnTheJoinedLaptopAndAnOlderKitJoinsWithEveryPointActive() throws Exception {
        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            s.addSite(new Site(Ids.newId(), "CEBAF-TUMBES", "CEBAF Tumbes", -3.5, -80.4));
            s.addSite(new Site(Ids.newId(), "AGUAS-VERDES", "Aguas Verdes", null, null));
            ctx.sites(s).retire("AGUAS-VERDES");
            merge.writeKit(s, kit);
        }
        Path file = dir.resolve("laptop-sites.campo");
        try (OpenStudy s = merge.join(kit, file, "luis", PASS.toCharArray()).study()) {
            assertThat(s.listSites()).extracting(Site::code, Site::retired)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CEBAF-TUMBES", false),
                            org.assertj.core.groups.Tuple.tuple("AGUAS-VERDES", true));
            assertThat(ctx.sites(s).active()).extracting(Site::code).containsExactly("CEBAF-TUMBES");
            assertThat(ctx.sites(s).all().stream().filter(x -> x.code().equals("CEBAF-TUMBES")).findFirst().orElseThrow()
                    .name()).isEqualTo("CEBAF Tumbes");
        }

        // A kit written before kits carried the mark (version 1): its points join as active.
        Path old = dir.resolve("old.campokit");
        Wire.Out o = new Wire.Out(MergeService.KIT_MAGIC, 1);
        o.text(Ids.newId()).text("Flujos antiguos").blob(new byte[32]);
        Payloads.list(o, List.<FormVersion>of(), Payloads::form);
        Payloads.list(o, List.<org.campo.model.ConsentScriptRow>of(), Payloads::script);
        Payloads.list(o, List.of(new Site(Ids.newId(), "AGUAS-VERDES", "Aguas Verdes", null, null)), Payloads::site);
        Payloads.list(o, List.of("luis"), (w, u) -> w.text(Ids.newId()).text(u).text(Role.RESEARCHER.code())
                .instant(Instant.EPOCH).flag(true));
        Payloads.list(o, List.<Code>of(), Payloads::code);
        Files.write(old, o.bytes());
        try (OpenStudy s = merge.join(old, dir.resolve("laptop-old.campo"), "luis", PASS.toCharArray()).study()) {
            assertThat(s.listSites()).extracting(Site::code, Site::retired)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("AGUAS-VERDES", false));
        }
    }

    @Test
    void twoLaptopsMergeWithEveryRecordOnceInEitherOrderAndTwiceWithoutChange() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of(
                "a1", instance(1, "uuid:a1", ""), "a2", instance(2, "uuid:a2", ""),
                "shared", instance(3, "uuid:shared", "")));
        Path b = laptop("laptop-b", "rosa", Map.of(
                "b1", instance(4, "uuid:b1", ""), "shared", instance(3, "uuid:shared", "")));
        Path pa = packageOf(a, "luis");
        Path pb = packageOf(b, "rosa");
        Path second = dir.resolve("copia.campo");
        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            s.backup(second);
        }

        MergeService.ImportSummary first = importInto(coordinator, pa);
        assertThat(first.submissionsAdded()).isEqualTo(3);
        MergeService.ImportSummary then = importInto(coordinator, pb);
        assertThat(then.submissionsAdded()).isEqualTo(1);
        assertThat(then.duplicates()).isEqualTo(1);
        importInto(second, pb);
        importInto(second, pa);

        Set<String> merged = finalInstances(coordinator);
        assertThat(merged).hasSize(4);
        assertThat(finalInstances(second)).isEqualTo(merged);

        assertThat(importInto(coordinator, pa).alreadyMerged()).isTrue();
        assertThat(importInto(coordinator, pb).alreadyMerged()).isTrue();
        assertThat(finalInstances(coordinator)).isEqualTo(merged);
        assertThat(ctx.fileChecks().check(coordinator).ok()).isTrue();
    }

    @Test
    void differentContentUnderOneInstanceIdIsAConflictKeptUntilResolved() {
        Path a = laptop("laptop-a", "luis", Map.of("x", instance(1, "uuid:x", "")));
        Path b = laptop("laptop-b", "rosa", Map.of("x", instance(9, "uuid:x", "")));
        importInto(coordinator, packageOf(a, "luis"));
        MergeService.ImportSummary second = importInto(coordinator, packageOf(b, "rosa"));
        assertThat(second.conflicts()).isEqualTo(1);
        assertThat(finalInstances(coordinator)).hasSize(2);

        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            var conflict = merge.conflicts(s).get(0);
            merge.resolve(s, conflict.id(), conflict.otherId());
            assertThat(merge.conflicts(s).get(0).resolvedAt()).isNotNull();
            assertThat(s.submissions().containsInstance("uuid:x")).isTrue();
        }
        assertThat(finalInstances(coordinator)).singleElement().asString().contains("<group_seq>9</group_seq>");
    }

    @Test
    void theExportRowKeptForAResolvedConflictIsTheVersionKept() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of("x", instance(1, "uuid:x", "")));
        Path b = laptop("laptop-b", "rosa", Map.of("x", instance(9, "uuid:x", "")));
        importInto(coordinator, packageOf(a, "luis"));
        importInto(coordinator, packageOf(b, "rosa"));

        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            assertThat(exportedGroups(s)).containsExactlyInAnyOrder("1", "9");
            var conflict = merge.conflicts(s).get(0);
            merge.resolve(s, conflict.id(), conflict.otherId());

            List<String> refs = s.forms().versionsOf("campo_flow_count").stream().map(FormVersion::id).toList();
            List<Map.Entry<String, Boolean>> kept = new java.util.ArrayList<>();
            s.submissions().forEachSealed(refs, SubmissionStatus.FINAL, x -> kept.add(Map.entry(x.id(), x.hasRow())));
            // the version kept has its flattened row again, and the export reads it
            assertThat(kept).containsExactly(Map.entry(conflict.otherId(), true));
            assertThat(exportedGroups(s)).containsExactly("9");
        }
    }

    /** The group_seq column of a CSV dataset export of the flow counts. */
    private List<String> exportedGroups(OpenStudy s) throws Exception {
        Path out = Files.createTempDirectory(dir, "export");
        new org.campo.export.dataset.DatasetExporter(s, ctx.forms(s)).export(
                org.campo.export.dataset.DatasetOptions.defaults("campo_flow_count",
                        org.campo.export.dataset.DatasetFormat.CSV), out, org.campo.common.ProgressListener.NONE);
        List<String> lines = Files.readAllLines(out.resolve("campo_flow_count.csv"));
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int column = header.indexOf(header.stream().filter(h -> h.endsWith("group_seq")).findFirst().orElseThrow());
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[column]).toList();
    }

    @Test
    void aWithdrawalOnOneLaptopRemovesThePersonsDataThatCameFromTheOther() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of());
        Path b = laptop("laptop-b", "rosa", Map.of("p", instance(5, "uuid:p", "")));
        try (OpenStudy s = ctx.studies().unlock(b, "rosa", PASS.toCharArray())) {
            var person = ctx.consent(s).participants().register("P-014", Map.of("ciudad", "Tumbes"));
            String id = s.submissions().findByInstance("uuid:p").orElseThrow();
            s.changes().run(c -> {
                c.repositories().submissions().linkParticipant(id, person.id());
                c.audit("participant.changed", "submission", id, false, "linked");
            });
        }
        try (OpenStudy s = ctx.studies().unlock(a, "luis", PASS.toCharArray())) {
            var person = ctx.consent(s).participants().register("P-014", Map.of("ciudad", "Tumbes"));
            ctx.consent(s).withdrawals().withdraw(person.id(), WithdrawalScope.DESTROY, "ya no desea participar");
        }
        importInto(coordinator, packageOf(b, "rosa"));
        assertThat(finalInstances(coordinator)).hasSize(1);

        importInto(coordinator, packageOf(a, "luis"));

        assertThat(finalInstances(coordinator)).isEmpty();
        // and it cannot come back
        importInto(coordinator, packageOf(b, "rosa"));
        assertThat(finalInstances(coordinator)).isEmpty();
    }

    @Test
    void aPackageForAnotherStudyOrWithAFlippedByteIsRefusedAndChangesNothing() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of("a1", instance(1, "uuid:a1", "")));
        Path pkg = packageOf(a, "luis");
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[bytes.length - 10] ^= 0x01;
        Path flipped = dir.resolve("flipped.campopkg");
        Files.write(flipped, bytes);

        assertThatThrownBy(() -> importInto(coordinator, flipped))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("merge.sealBroken"));

        Path other = dir.resolve("otro.campo");
        ctx.studies().create(other, "Otro estudio", "ana", Role.COORDINATOR, PASS.toCharArray()).study().lock();
        assertThatThrownBy(() -> importInto(other, pkg))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key()).isEqualTo("merge.otherStudy"));
        assertThat(finalInstances(coordinator)).isEmpty();
    }

    @Test
    void aPackageWhoseChainWasEditedOrCutIsRefusedAndChangesNothing() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of("a1", instance(1, "uuid:a1", "")));
        importInto(coordinator, packageOf(a, "luis"));
        try (OpenStudy s = ctx.studies().unlock(a, "luis", PASS.toCharArray())) {
            ctx.instances(s).importInstances("campo_flow_count",
                    List.of(new InstanceFile("a2.xml", instance(2, "uuid:a2", "").getBytes(StandardCharsets.UTF_8))));
        }
        // an entry edited on the laptop behind Campo's back: the package's own chain breaks
        Path edited = dir.resolve("edited.campo");
        Files.copy(a, edited);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + edited); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit SET actor = 'alguien' WHERE seq = 3");
        }
        assertThatThrownBy(() -> packageOf(edited, "luis")).isInstanceOf(CampoException.class);

        // entries cut from the end on the laptop: its own seal catches it before a package is written
        Path cut = dir.resolve("cut.campo");
        Files.copy(a, cut);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cut); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit WHERE seq > 3");
        }
        assertThatThrownBy(() -> packageOf(cut, "luis")).isInstanceOf(CampoException.class);
        assertThat(finalInstances(coordinator)).hasSize(1);
    }

    @Test
    void aCanaryInASurveyAppearsNowhereInThePackageOrTheKitBytes() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of("a1", instance(1, "uuid:" + CANARY, "")));
        Path pkg = packageOf(a, "luis");
        String bytes = new String(Files.readAllBytes(pkg), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(CANARY).doesNotContain("CEBAF-TUMBES");
        assertThat(new String(Files.readAllBytes(kit), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
    }

    private record Analysis(String sourceId, String codingId, String memoId) {
    }

    /** Interview notes on a case, one code made on the laptop, one coding by the laptop's member and a memo on it. */
    private Analysis codeInterview(Path laptop, String user, String codeName, String notes) {
        try (OpenStudy s = ctx.studies().unlock(laptop, user, PASS.toCharArray())) {
            String coder = s.members().all().stream().filter(m -> m.userName().equals(user)).findFirst().orElseThrow().id();
            var person = ctx.consent(s).participants().register("P-" + user.toUpperCase(java.util.Locale.ROOT), Map.of());
            Instant now = Instant.now();
            Analysis a = new Analysis(Ids.newId(), Ids.newId(), Ids.newId());
            String codeId = Ids.newId();
            s.changes().run(c -> {
                var r = c.repositories();
                r.codes().add(new Code(codeId, null, codeName, "", null, null, null, "#aa3300", true, now));
                r.sources().add(new Source(a.sourceId(), "Entrevista " + user, SourceKind.INTERVIEW_NOTES, person.id(),
                        null, notes, now, now));
                r.codings().add(new Coding(a.codingId(), a.sourceId(), 0, 10, codeId, coder, now, false));
                r.memos().add(new Memo(a.memoId(), MemoTarget.SOURCE, a.sourceId(), "Nota", "Volver a "
                        + "preguntar por la ruta", coder, now, now));
                r.caseAttributes().put(new CaseAttribute(person.id(), "ciudad", "Tumbes", false));
                c.audit("analysis.changed", "source", a.sourceId(), false, "coded");
            });
            return a;
        }
    }

    @Test
    void interviewsCodingsAndMemosMergeOnceWithTheirCoderAndSameNamedCodesAreReported() throws Exception {
        Path a = laptop("laptop-a", "luis", Map.of());
        Path b = laptop("laptop-b", "rosa", Map.of());
        Analysis fromA = codeInterview(a, "luis", "Rutas peligrosas", "Cruzó por la trocha. " + CANARY);
        codeInterview(b, "rosa", "rutas peligrosas ", "Llegó en bus desde Huaquillas.");
        Path pa = packageOf(a, "luis");
        Path pb = packageOf(b, "rosa");
        assertThat(new String(Files.readAllBytes(pa), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY)
                .doesNotContain("trocha").doesNotContain("Rutas peligrosas");

        MergeService.ImportSummary first = importInto(coordinator, pa);
        assertThat(first.analysisAdded()).isEqualTo(5); // code, source, coding, memo, attribute
        assertThat(first.sameNamedCodes()).isEmpty();
        MergeService.ImportSummary second = importInto(coordinator, pb);
        assertThat(second.sameNamedCodes()).containsExactly("rutas peligrosas ");
        importInto(coordinator, packageOf(a, "luis")); // a later package of the same laptop

        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            var r = s.repositories();
            assertThat(r.codes().all()).hasSize(2);
            assertThat(r.sources().all()).hasSize(2);
            assertThat(r.codings().all()).hasSize(2);
            Coding coding = r.codings().findById(fromA.codingId()).orElseThrow();
            assertThat(s.members().all()).anySatisfy(m -> {
                assertThat(m.id()).isEqualTo(coding.coderId());
                assertThat(m.userName()).isEqualTo("luis");
            });
            assertThat(r.sources().findById(fromA.sourceId()).orElseThrow().text()).contains(CANARY);
            assertThat(r.memos().all()).hasSize(2);
            assertThat(r.caseAttributes().all()).hasSize(2);
            assertThat(org.campo.study.DeepCheck.run(s, org.campo.common.ProgressListener.NONE).damaged())
                    .as("codings merged in keep the analysis tables' records true").isEmpty();
        }

        // the laptop deletes its coding and memo afterwards: the tombstones reach the coordinator
        try (OpenStudy s = ctx.studies().unlock(a, "luis", PASS.toCharArray())) {
            s.changes().run(c -> {
                var r = c.repositories();
                r.codings().delete(fromA.codingId());
                r.tombstones().add(new Tombstone(fromA.codingId(), Tombstone.CODING, c.now(), "recodificado"));
                r.memos().delete(fromA.memoId());
                r.tombstones().add(new Tombstone(fromA.memoId(), Tombstone.MEMO, c.now(), "borrado"));
                c.audit("analysis.changed", "coding", fromA.codingId(), false, "deleted");
            });
        }
        importInto(coordinator, packageOf(a, "luis"));
        importInto(coordinator, pa); // an old package cannot bring them back
        try (OpenStudy s = ctx.studies().unlock(coordinator, "ana", PASS.toCharArray())) {
            var r = s.repositories();
            assertThat(r.codings().findById(fromA.codingId())).isEmpty();
            assertThat(r.memos().findById(fromA.memoId())).isEmpty();
            assertThat(r.codings().all()).hasSize(1);
            assertThat(r.sources().all()).hasSize(2);
            assertThat(org.campo.study.DeepCheck.run(s, org.campo.common.ProgressListener.NONE).damaged()).isEmpty();
        }
    }
}
