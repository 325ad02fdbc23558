package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.CaseRecord;
import org.campo.qda.Coder;
import org.campo.qda.QdaSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coded transcript in Word: one paragraph per source paragraph, each coding a comment on exactly its words. */
class TranscriptDocxWriterTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String TEXT = "Hola 😀 señor\nNiños y niñas van a la posta.\n\nNo hay documentos.";

    @TempDir
    Path dir;

    private static Coding coding(String id, String words, int occurrence, String code, String coder) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = TEXT.indexOf(words, from + 1);
        }
        int start = TEXT.codePointCount(0, from);
        return new Coding(id, "s1", start, start + words.codePointCount(0, words.length()), code, coder, T, false);
    }

    @Test
    void eachSourceParagraphIsOneWordParagraphAndEachCodingACommentOnItsExactWords() throws Exception {
        List<Code> codes = List.of(
                new Code("c-barreras", null, "Barreras", null, null, null, null, "#AA3300", false, T),
                new Code("c-salud", "c-barreras", "Acceso a salud", null, null, null, null, "#1F77B4", true, T),
                new Code("c-doc", null, "Documentación", null, null, null, null, "#2CA02C", true, T));
        List<Coding> codings = List.of(
                coding("k1", "😀 señor", 0, "c-doc", "u-ana"),
                coding("k2", "Niños y niñas", 0, "c-salud", "u-rosa"),
                coding("k3", "niñas van a la posta", 0, "c-doc", "u-ana"),
                coding("k4", "posta.\n\nNo hay", 0, "c-salud", "u-ana"));
        Memo onCoding = new Memo("m1", MemoTarget.CODING, "k2", null, "Habla de sus hijos", "u-rosa", T, T);
        Memo onSource = new Memo("m2", MemoTarget.SOURCE, "s1", "General", "Entrevista corta", "u-ana", T, T);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("city", "Tumbes");
        QdaSnapshot snapshot = new QdaSnapshot("st", "Estudio",
                List.of(new Coder("u-ana", "ana", false), new Coder("u-rosa", "rosa", false)), codes,
                List.of(new Source("s1", "Entrevista IDI-TUM-02", SourceKind.TRANSCRIPT, "p1", null, TEXT, T, T)),
                codings, List.of(onCoding, onSource),
                List.of(new CaseRecord("p1", "IDI-TUM-02", attrs, Set.of(), true)));
        Transcript t = Transcript.of(snapshot, false).get(0);
        Path file = dir.resolve("t.docx");
        new TranscriptDocxWriter(Locale.ENGLISH).write(t, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
            int first = texts.indexOf("Hola 😀 señor");
            assertThat(first).as(texts.toString()).isPositive();
            assertThat(texts.subList(first, first + 4)).as("one Word paragraph per source paragraph, blank line kept")
                    .containsExactly("Hola 😀 señor", "Niños y niñas van a la posta.", "", "No hay documentos.");
            assertThat(doc.getTables()).as("no table: the text flows as paragraphs").isEmpty();
            assertThat(texts).contains("General: Entrevista corta");

            Map<String, StringBuilder> covered = coveredText(doc.getDocument().xmlText());
            List<String> found = new ArrayList<>();
            for (XWPFComment c : doc.getComments()) {
                String code = c.getParagraphs().get(0).getText().replace("█", "").strip();
                found.add(code + " by " + c.getAuthor() + ": " + covered.get(c.getId()));
            }
            assertThat(found).containsExactlyInAnyOrder(
                    "Documentación by ana: 😀 señor",
                    "Barreras/Acceso a salud by rosa: Niños y niñas",
                    "Documentación by ana: niñas van a la posta",
                    "Barreras/Acceso a salud by ana: posta.\n\nNo hay");
            XWPFComment withMemo = java.util.Arrays.stream(doc.getComments())
                    .filter(c -> c.getAuthor().equals("rosa")).findFirst().orElseThrow();
            assertThat(withMemo.getText()).contains("Habla de sus hijos");
            assertThat(withMemo.getInitials()).isEqualTo("R");
        }
    }

    /** The words inside each comment range, in document order, paragraphs joined by a line break. */
    private static Map<String, StringBuilder> coveredText(String xml) {
        Pattern p = Pattern.compile("<w:(commentRangeStart|commentRangeEnd) w:id=\"(\\d+)\"/>|<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:p[ >/]");
        Map<String, StringBuilder> out = new HashMap<>();
        Set<String> open = new LinkedHashSet<>();
        boolean firstParagraph = true;
        Matcher m = p.matcher(xml);
        while (m.find()) {
            if (m.group(1) != null) {
                if (m.group(1).equals("commentRangeStart")) {
                    open.add(m.group(2));
                    out.put(m.group(2), new StringBuilder());
                } else {
                    open.remove(m.group(2));
                }
            } else if (m.group(3) != null) {
                open.forEach(id -> out.get(id).append(m.group(3)));
            } else {
                if (!firstParagraph) {
                    open.forEach(id -> out.get(id).append('\n'));
                }
                firstParagraph = false;
            }
        }
        return out;
    }
}
