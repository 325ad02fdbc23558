package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.model.Code;
import org.campo.model.Source;
import org.campo.qda.QdaServices;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * REFI-QDA positions on a text file with CRLF line ends, accents and characters outside the
 * Basic Multilingual Plane, through real study files. The standard (REFI-QDA 1.5, §10.2) counts
 * Unicode code points from 0 over the text file as shipped: an emoji is one position (two UTF-16
 * units), and in a file written with CRLF each line break is two positions, as NVivo and MAXQDA
 * count it. Export and import agree, so a round trip keeps every coding on its words.
 */
class RefiOffsetsTest {
    /** As the file on disk holds it: CRLF, composed accents, an emoji and a hospital sign (both non-BMP). */
    static final String FILE = "Señora Nuñez 😀 dijo:\r\nNo hay cita en la posta 🏥.\r\n\r\nÑandú y café.";
    static final List<String> CODED = List.of("Nuñez 😀", "posta 🏥", "Ñandú y café", "posta 🏥.\n\nÑandú", "😀");

    @TempDir
    Path tmp;

    @Test
    void exportedPositionsAreCodePointsOverTheShippedFileAndAReimportKeepsEveryCodingOnItsWords() throws Exception {
        ConsentFixture a = new ConsentFixture(Files.createDirectories(tmp.resolve("a")));
        try {
            QdaServices qda = a.ctx.qda(a.study);
            Path txt = tmp.resolve("nota.txt");
            Files.write(txt, FILE.getBytes(StandardCharsets.UTF_8));
            Source s = qda.sources().importFiles(List.of(txt), null).get(0);
            assertThat(s.text()).as("Campo stores one LF per line break").isEqualTo(FILE.replace("\r\n", "\n"));
            Code code = qda.codebook().create(null, "Barreras", null, null);
            for (String words : CODED) {
                int start = RefiFixtures.cp(s.text(), words);
                qda.codings().code(s.id(), start, start + words.codePointCount(0, words.length()), code.id());
            }

            for (LineEndings endings : LineEndings.values()) {
                Path file = tmp.resolve("p-" + endings + ".qdpx");
                a.ctx.refi(a.study).exportProject(file, QdpxExporter.Options.defaults().withLineEndings(endings));
                Map<String, byte[]> zip = RefiFixtures.unzip(file);
                Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(zip.get("project.qde")));
                Element ts = (Element) doc.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "TextSource").item(0);
                String shipped = new String(zip.get("sources/" + ts.getAttribute("plainTextPath")
                        .substring("internal://".length())), StandardCharsets.UTF_8);
                String separator = endings == LineEndings.CRLF ? "\r\n" : "\n";
                assertThat(shipped).isEqualTo(FILE.replace("\r\n", separator));

                List<String> selected = new ArrayList<>();
                NodeList sels = ts.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "PlainTextSelection");
                for (int i = 0; i < sels.getLength(); i++) {
                    Element sel = (Element) sels.item(i);
                    int start = Integer.parseInt(sel.getAttribute("startPosition"));
                    int end = Integer.parseInt(sel.getAttribute("endPosition"));
                    String words = TextPositions.slice(shipped, start, end);
                    selected.add(words.replace("\r\n", "\n"));
                    // The position is the number of code points before the words in the shipped file.
                    assertThat(start).isEqualTo(shipped.codePointCount(0, shipped.indexOf(words)));
                    assertThat(end - start).isEqualTo(words.codePointCount(0, words.length()));
                }
                assertThat(selected).containsExactlyInAnyOrderElementsOf(CODED);
                // Spelled out for "Ñandú y café": 49 code points in (the emoji and the sign one each);
                // each of the three line breaks before it counts two in a CRLF file.
                int nandu = RefiFixtures.cp(s.text(), "Ñandú");
                assertThat(nandu).isEqualTo(49);
                assertThat(startOf(ts, "Ñandú y café", shipped)).isEqualTo(endings == LineEndings.CRLF ? 52 : 49);
                assertThat(shipped.indexOf("Ñandú")).as("UTF-16 units would say otherwise")
                        .isEqualTo(endings == LineEndings.CRLF ? 54 : 51);

                ConsentFixture b = new ConsentFixture(Files.createDirectories(tmp.resolve("b-" + endings)));
                try {
                    RefiService refiB = b.ctx.refi(b.study);
                    refiB.importProject(file);
                    QdaSnapshot imported = refiB.snapshot();
                    Source back = imported.sources().get(0);
                    assertThat(back.text()).isEqualTo(s.text());
                    assertThat(imported.codings()).extracting(k -> TextPositions.slice(back.text(), k.start(), k.end()))
                            .containsExactlyInAnyOrderElementsOf(CODED);
                    assertThat(imported.codings()).extracting(k -> k.start() + "-" + k.end())
                            .containsExactlyInAnyOrderElementsOf(qda.codings().of(s.id()).stream()
                                    .map(k -> k.start() + "-" + k.end()).toList());
                } finally {
                    b.close();
                }
            }
        } finally {
            a.close();
        }
    }

    private static int startOf(Element ts, String words, String shipped) {
        NodeList sels = ts.getElementsByTagNameNS(ProjectSchema.NAMESPACE, "PlainTextSelection");
        for (int i = 0; i < sels.getLength(); i++) {
            Element sel = (Element) sels.item(i);
            int start = Integer.parseInt(sel.getAttribute("startPosition"));
            int end = Integer.parseInt(sel.getAttribute("endPosition"));
            if (TextPositions.slice(shipped, start, end).equals(words)) {
                return start;
            }
        }
        throw new AssertionError(words);
    }
}
