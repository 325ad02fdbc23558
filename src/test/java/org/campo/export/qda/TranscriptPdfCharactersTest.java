package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/** Interview text never loses a character in a PDF: every script the font has prints, anything else shows a mark. */
class TranscriptPdfCharactersTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final String TEXT = "Hola 😀 señor, “ñuqa runa simita rimani” dijo Ñusta.\n"
            + "Запись беседы — Ελληνικά — ქართული.\n"
            + "Un carácter chino: 中, una llama: 🦙.";

    @TempDir
    Path dir;

    @Test
    void accentsCurlyQuotesAndOtherScriptsSurviveAndWhatTheFontLacksBecomesAVisibleMark() throws Exception {
        Code code = new Code("c1", null, "Documentación ✓ Лингвистика", null, null, null, null, "#2CA02C", true, T);
        Coding coding = new Coding("k1", "s1", 5, 12, "c1", "u1", T, false);
        Memo memo = new Memo("m1", MemoTarget.CODING, "k1", "Nota", "Risa 😂 y “comillas”", "u1", T, T);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("city", "Cusco — Qosqo");
        QdaSnapshot snapshot = new QdaSnapshot("st", "Estudio", List.of(new Coder("u1", "ana", false)),
                List.of(code), List.of(new Source("s1", "Entrevista ÑUS-01", SourceKind.TRANSCRIPT, "p1", null,
                        TEXT, T, T)),
                List.of(coding), List.of(memo), List.of(new CaseRecord("p1", "ÑUS-01", attrs, Set.of(), true)));
        Path file = dir.resolve("t.pdf");

        new TranscriptPdfWriter(Locale.ENGLISH).write(Transcript.of(snapshot, false).get(0), file);

        String text = ExportedText.of(file);
        assertThat(text).contains("Hola 😀 señor")
                .contains("“ñuqa runa simita rimani” dijo Ñusta.")
                .contains("Запись беседы — Ελληνικά — ქართული.")
                .contains("Un carácter chino: \uFFFD, una llama: \uFFFD.")
                .contains("Documentación ✓ Лингвистика")
                .contains("Cusco — Qosqo")
                .contains("Entrevista ÑUS-01")
                .contains("Risa 😂 y “comillas”");
        assertThat(text).doesNotContain("Hola  señor");
        assertThat(fontNames(file)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"),
                "only DejaVu Sans, embedded as a subset");
        assertThat(Files.size(file)).as("subset, not the whole 750 kB font").isLessThan(150_000);
    }

    @Test
    void theParticipantTableKeepsNonLatinLabels() throws Exception {
        QdaSnapshot snapshot = new QdaSnapshot("st", "Estudio “Frontera” ✓", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(
                        new CaseRecord("p1", "A", Map.of("source_group", "Мигрант 😀 🦙"), Set.of(), true)));
        ParticipantTable table = ParticipantTable.of(
                new org.campo.qda.triangulation.Participants().count(snapshot, List.of("source_group"), false), 5);
        Path file = dir.resolve("participants.pdf");

        new ParticipantTablePdfWriter(Locale.ENGLISH).write(table, file);

        assertThat(ExportedText.of(file)).contains("Estudio “Frontera” ✓").contains("Мигрант 😀 \uFFFD");
    }

    private static List<String> fontNames(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PdfDictionary fonts = pdf.getPage(i).getResources().getResource(PdfName.Font);
                for (PdfName key : fonts.keySet()) {
                    names.add(fonts.getAsDictionary(key).getAsName(PdfName.BaseFont).getValue());
                }
            }
        }
        return names;
    }
}
