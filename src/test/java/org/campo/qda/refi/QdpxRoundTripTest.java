package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campo.qda.Coder;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Export the demo, import it into an empty study, export again: the same project, GUIDs aside. */
class QdpxRoundTripTest {
    private static final String NS = ProjectSchema.NAMESPACE;
    private final Clock clock = Clock.fixed(RefiFixtures.T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LineEndings.class)
    void exportImportExportKeepsTextsCodesCodingsCasesAttributesAndMemos(LineEndings endings) throws Exception {
        QdpxExporter exporter = new QdpxExporter(clock, "Campo test");
        QdpxExporter.Options options = QdpxExporter.Options.defaults().withLineEndings(endings).withSensitive(true);
        Path first = dir.resolve("first.qdpx");
        exporter.export(RefiFixtures.demo(), first, options);

        InMemoryImportTarget empty = new InMemoryImportTarget(new Coder("0190a1b2-0000-7000-8000-0000000000ff",
                "coordinadora", false));
        ImportPlan plan = new QdpxImporter(clock).importInto(first, empty);
        assertThat(plan.report().of(RefiReport.Kind.LOST)).as(plan.report().lines().toString())
                .extracting(RefiReport.Entry::key).containsExactly("refi.import.noConsent");
        QdaSnapshot imported = empty.current();
        assertThat(imported.sources()).hasSize(2);
        assertThat(imported.codings()).hasSize(6);
        // Campo keeps one line break per break whatever the file's endings; the words stay under the codings.
        var s1 = imported.sources().stream().filter(s -> s.name().equals("Entrevista KI-LIM-01")).findFirst().orElseThrow();
        assertThat(s1.text()).isEqualTo(RefiFixtures.TEXT_1.replace("\r\n", "\n"));
        assertThat(imported.codings().stream().filter(c -> c.sourceId().equals(s1.id()))
                .map(c -> TextPositions.slice(s1.text(), c.start(), c.end())))
                .containsExactlyInAnyOrder("Niños y niñas", "posta de salud", "😀 señor", "No hay documentos.");
        assertThat(imported.cases()).extracting(c -> c.sensitive()).allSatisfy(s -> assertThat(s).contains("gender_identity"));

        Path second = dir.resolve("second.qdpx");
        exporter.export(imported, second, options);
        assertThat(canonical(second)).isEqualTo(canonical(first));
    }

    /** What a project says, without GUIDs and dates: texts, codes, codings, cases, attributes, memos. */
    static Map<String, List<String>> canonical(Path qdpx) throws Exception {
        Map<String, byte[]> zip = RefiFixtures.unzip(qdpx);
        Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
        Map<String, String> names = new HashMap<>();
        for (String tag : List.of("User", "Code", "TextSource", "Variable", "Case")) {
            NodeList l = doc.getElementsByTagNameNS(NS, tag);
            for (int i = 0; i < l.getLength(); i++) {
                Element e = (Element) l.item(i);
                names.put(e.getAttribute("guid"), tag + ":" + path(e));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        each(doc, "TextSource", e -> add(out, "texts", e.getAttribute("name") + "=" + new String(
                zip.get("sources/" + e.getAttribute("plainTextPath").substring(11)), StandardCharsets.UTF_8)));
        each(doc, "Code", e -> add(out, "codes", path(e) + " codable=" + e.getAttribute("isCodable") + " color="
                + e.getAttribute("color") + " description=" + text(e, "Description")));
        each(doc, "Coding", e -> {
            Element sel = (Element) e.getParentNode();
            Element src = (Element) sel.getParentNode();
            String code = names.get(((Element) e.getElementsByTagNameNS(NS, "CodeRef").item(0)).getAttribute("targetGUID"));
            add(out, "codings", src.getAttribute("name") + " [" + sel.getAttribute("startPosition") + ","
                    + sel.getAttribute("endPosition") + ") " + code + " by " + names.get(e.getAttribute("creatingUser")));
        });
        each(doc, "Variable", e -> add(out, "variables", e.getAttribute("name") + ":" + e.getAttribute("typeOfVariable")
                + " " + text(e, "Description")));
        each(doc, "Case", e -> {
            List<String> values = new ArrayList<>();
            NodeList vv = e.getElementsByTagNameNS(NS, "VariableValue");
            for (int i = 0; i < vv.getLength(); i++) {
                Element v = (Element) vv.item(i);
                String var = names.get(((Element) v.getElementsByTagNameNS(NS, "VariableRef").item(0)).getAttribute("targetGUID"));
                Element value = (Element) v.getElementsByTagNameNS(NS, "*").item(1);
                values.add(var + "=" + value.getTextContent() + "/" + value.getLocalName());
            }
            NodeList refs = e.getElementsByTagNameNS(NS, "SourceRef");
            for (int i = 0; i < refs.getLength(); i++) {
                values.add("source " + names.get(((Element) refs.item(i)).getAttribute("targetGUID")));
            }
            add(out, "cases", e.getAttribute("name") + " " + values);
        });
        Map<String, String> noteTarget = new HashMap<>();
        each(doc, "NoteRef", e -> {
            Node parent = e.getParentNode();
            String target = switch (parent.getLocalName()) {
                case "Coding" -> "coding " + ((Element) parent.getParentNode()).getAttribute("name");
                case "Project" -> "project";
                default -> parent.getLocalName() + " " + ((Element) parent).getAttribute("name");
            };
            noteTarget.put(e.getAttribute("targetGUID"), target);
        });
        each(doc, "Note", e -> add(out, "memos", noteTarget.get(e.getAttribute("guid")) + " | " + e.getAttribute("name")
                + " | " + text(e, "PlainTextContent")));
        each(doc, "Set", e -> add(out, "sets", e.getAttribute("name") + " "
                + e.getElementsByTagNameNS(NS, "MemberSource").getLength()));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    private static String path(Element e) {
        String name = e.getAttribute("name");
        Node p = e.getParentNode();
        if (p instanceof Element pe && "Code".equals(pe.getLocalName()) && "Code".equals(e.getLocalName())) {
            return path(pe) + "/" + name;
        }
        return name;
    }

    private static String text(Element e, String child) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (child.equals(n.getLocalName())) {
                return n.getTextContent();
            }
        }
        return "";
    }

    private static void each(Document doc, String tag, java.util.function.Consumer<Element> f) {
        NodeList l = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < l.getLength(); i++) {
            f.accept((Element) l.item(i));
        }
    }

    private static void add(Map<String, List<String>> out, String key, String value) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
