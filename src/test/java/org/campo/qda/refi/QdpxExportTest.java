package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campo.common.CampoException;
import org.campo.model.Code;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExportTest {
    private static final String NS = ProjectSchema.NAMESPACE;
    private final QdpxExporter exporter =
            new QdpxExporter(Clock.fixed(RefiFixtures.T0, ZoneOffset.UTC), "Campo test");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LineEndings.class)
    void everyExportOfTheDemoValidatesAgainstTheSchema(LineEndings endings) throws Exception {
        for (boolean sensitive : new boolean[] {false, true}) {
            Path file = dir.resolve("demo-" + endings + "-" + sensitive + ".qdpx");
            exporter.export(RefiFixtures.demo(), file,
                    QdpxExporter.Options.defaults().withLineEndings(endings).withSensitive(sensitive));
            byte[] qde = RefiFixtures.unzip(file).get("project.qde");
            assertThat(ProjectSchema.validate(qde)).isEmpty();
        }
    }

    @Test
    void theSameValidationRejectsADeliberatelyBrokenProject() throws Exception {
        Path file = dir.resolve("demo.qdpx");
        exporter.export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        String qde = new String(RefiFixtures.unzip(file).get("project.qde"), StandardCharsets.UTF_8);
        // A code without its required isCodable, and a selection without its end.
        String broken = qde.replaceFirst("isCodable=\"(true|false)\"", "")
                .replaceFirst("endPosition=\"\\d+\"", "");
        List<ProjectSchema.Problem> problems = ProjectSchema.validate(broken.getBytes(StandardCharsets.UTF_8));
        assertThat(problems).isNotEmpty();
        assertThat(problems.toString()).contains("isCodable").contains("endPosition");
        assertThat(problems.get(0).line()).isPositive();
    }

    @Test
    void aProjectThatWouldNotValidateIsNotWrittenAtAll() throws Exception {
        QdaSnapshot demo = RefiFixtures.demo();
        List<Code> codes = new ArrayList<>(demo.codes());
        Code c = codes.get(3);
        // A control character cannot appear in XML 1.0: the written project would not parse.
        codes.set(3, new Code(c.id(), c.parentId(), "Discrimina\u0001ción", c.definition(), null, null, null,
                c.color(), true, c.createdAt()));
        QdaSnapshot broken = new QdaSnapshot(demo.studyId(), demo.studyName(), demo.coders(), codes, demo.sources(),
                demo.codings(), demo.memos(), demo.cases());
        Path file = dir.resolve("broken.qdpx");
        assertThatThrownBy(() -> exporter.export(broken, file, QdpxExporter.Options.defaults()))
                .isInstanceOf(CampoException.class)
                .satisfies(e -> assertThat(((CampoException) e).key()).isEqualTo("refi.export.invalid"));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(LineEndings.class)
    void positionsLandOnTheSameWordsInTheShippedTextWithEmojiAccentsAndCrlf(LineEndings endings) throws Exception {
        Path file = dir.resolve("p.qdpx");
        exporter.export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults().withLineEndings(endings));
        Map<String, byte[]> zip = RefiFixtures.unzip(file);
        Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
        Map<String, String> expected = new HashMap<>();
        QdaSnapshot demo = RefiFixtures.demo();
        demo.codings().forEach(c -> expected.put(Guids.of(c.id()), TextPositions.slice(
                demo.sources().stream().filter(s -> s.id().equals(c.sourceId())).findFirst().orElseThrow().text(),
                c.start(), c.end())));
        NodeList sources = doc.getElementsByTagNameNS(NS, "TextSource");
        int checked = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element ts = (Element) sources.item(i);
            String path = ts.getAttribute("plainTextPath").substring("internal://".length());
            byte[] bytes = zip.get("sources/" + path);
            assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
            String shipped = new String(bytes, StandardCharsets.UTF_8);
            assertThat(shipped.replace("\r\n", "\n").contains("\r")).isFalse();
            if (endings == LineEndings.CRLF) {
                assertThat(shipped.replace("\r\n", "")).doesNotContain("\n");
            } else {
                assertThat(shipped).doesNotContain("\r");
            }
            NodeList sels = ts.getElementsByTagNameNS(NS, "PlainTextSelection");
            for (int j = 0; j < sels.getLength(); j++) {
                Element sel = (Element) sels.item(j);
                int start = Integer.parseInt(sel.getAttribute("startPosition"));
                int end = Integer.parseInt(sel.getAttribute("endPosition"));
                Element coding = (Element) sel.getElementsByTagNameNS(NS, "Coding").item(0);
                assertThat(TextPositions.slice(shipped, start, end)).isEqualTo(expected.get(coding.getAttribute("guid")));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(demo.codings().size());
        // "No hay documentos." follows two line breaks: in CRLF it starts two code points later.
        assertThat(expected).containsValue("No hay documentos.");
    }

    @Test
    void codingsCarryTheirCoderAndMemosTheirReferences() throws Exception {
        Path file = dir.resolve("c.qdpx");
        exporter.export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(RefiFixtures.unzip(file).get("project.qde")));
        Map<String, String> users = new HashMap<>();
        NodeList us = doc.getElementsByTagNameNS(NS, "User");
        for (int i = 0; i < us.getLength(); i++) {
            Element u = (Element) us.item(i);
            users.put(u.getAttribute("guid"), u.getAttribute("name"));
        }
        assertThat(users.values()).containsExactlyInAnyOrder("ana", "luis");
        NodeList codings = doc.getElementsByTagNameNS(NS, "Coding");
        List<String> coders = new ArrayList<>();
        for (int i = 0; i < codings.getLength(); i++) {
            coders.add(users.get(((Element) codings.item(i)).getAttribute("creatingUser")));
        }
        assertThat(coders).containsExactlyInAnyOrder("ana", "luis", "ana", "luis", "ana", "luis");
        // Hierarchy: "Acceso a salud" sits inside "Barreras", which is a grouping code.
        Element barreras = (Element) doc.getElementsByTagNameNS(NS, "Code").item(0);
        assertThat(barreras.getAttribute("name")).isEqualTo("Barreras");
        assertThat(barreras.getAttribute("isCodable")).isEqualTo("false");
        assertThat(((Element) barreras.getElementsByTagNameNS(NS, "Code").item(0)).getAttribute("name"))
                .isEqualTo("Acceso a salud");
        // Every memo is a note, and each non-project memo is referenced from its target.
        assertThat(doc.getElementsByTagNameNS(NS, "Note").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagNameNS(NS, "NoteRef").getLength()).isEqualTo(4);
        // Sets: one per source group.
        NodeList sets = doc.getElementsByTagNameNS(NS, "Set");
        assertThat(sets.getLength()).isEqualTo(2);
        assertThat(((Element) sets.item(0)).getAttribute("name")).isEqualTo("source_group: gobierno");
    }

    @Test
    void sensitiveAttributesStayOutUnlessTheCoordinatorOptsIn() throws Exception {
        Path without = dir.resolve("without.qdpx");
        RefiReport report = exporter.export(RefiFixtures.demo(), without, QdpxExporter.Options.defaults());
        String qde = new String(RefiFixtures.unzip(without).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).doesNotContain("gender_identity").doesNotContain("mujer trans").contains("KI-LIM-01");
        assertThat(report.has("refi.export.sensitiveWithheld")).isTrue();
        assertThat(report.has("refi.export.consentNotCarried")).isTrue();

        Path with = dir.resolve("with.qdpx");
        RefiReport optedIn = exporter.export(RefiFixtures.demo(), with,
                QdpxExporter.Options.defaults().withSensitive(true));
        String qde2 = new String(RefiFixtures.unzip(with).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde2).contains("gender_identity").contains("mujer trans");
        assertThat(optedIn.has("refi.export.sensitiveIncluded")).isTrue();
    }

    @Test
    void variablesGetTheirTypesAndTheReportSaysWhatTheFormatCannotCarry() throws Exception {
        Path file = dir.resolve("v.qdpx");
        RefiReport report = exporter.export(RefiFixtures.demo(), file, QdpxExporter.Options.defaults());
        String qde = new String(RefiFixtures.unzip(file).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(qde).contains("name=\"age\" typeOfVariable=\"Integer\"")
                .contains("<IntegerValue>34</IntegerValue>")
                .contains("name=\"city\" typeOfVariable=\"Text\"");
        assertThat(report.has("refi.export.criteriaInDescription")).isTrue();
        assertThat(report.has("refi.export.kindsNotCarried")).isTrue();
        assertThat(report.lines()).allSatisfy(l -> assertThat(l).doesNotStartWith("["));
        assertThat(QdpxExporter.typeOf(new java.util.LinkedHashSet<>(List.of("2024-01-02")))).isEqualTo("Date");
        assertThat(QdpxExporter.typeOf(new java.util.LinkedHashSet<>(List.of("1.5", "2")))).isEqualTo("Float");
        assertThat(QdpxExporter.typeOf(new java.util.LinkedHashSet<>(List.of("true", "false")))).isEqualTo("Boolean");
    }
}
