package org.campo.qda.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.model.SourceKind;

/** A small study analysis shaped like the demo (Spanish notes, two coders), and archive helpers. */
final class RefiFixtures {
    static final Instant T0 = Instant.parse("2024-05-02T10:15:30Z");
    static final String ANA = "0190a1b2-0000-7000-8000-000000000001";
    static final String LUIS = "0190a1b2-0000-7000-8000-000000000002";
    /** Emoji, accents and a CRLF line break before the coded words. */
    static final String TEXT_1 = "Hola 😀 señor\r\nNiños y niñas van a la posta de salud.\r\nNo hay documentos.";
    static final String TEXT_2 = "En Tumbes la migración es diaria.\nLa discriminación en el trabajo es común.\n";

    private RefiFixtures() {
    }

    static int cp(String text, String words) {
        int utf16 = text.indexOf(words);
        if (utf16 < 0) {
            throw new IllegalArgumentException(words);
        }
        return text.codePointCount(0, utf16);
    }

    static Coding coding(String id, String sourceId, String text, String words, String codeId, String coderId) {
        int start = cp(text, words);
        return new Coding(id, sourceId, start, start + words.codePointCount(0, words.length()), codeId, coderId, T0,
                false);
    }

    static QdaSnapshot demo() {
        List<Coder> coders = List.of(new Coder(ANA, "ana", false), new Coder(LUIS, "luis", false));
        List<Code> codes = List.of(
                new Code("c-barreras", null, "Barreras", "Obstáculos para ejercer derechos", null, null, null,
                        "#AA3300", false, T0),
                new Code("c-salud", "c-barreras", "Acceso a salud", "Atención en postas y hospitales",
                        "Menciones de atención médica", "Seguros privados", "«no me atendieron»", "#1f77b4", true, T0),
                new Code("c-doc", "c-barreras", "Documentación y regularización", "CPP, carné, pasaporte", null, null,
                        null, "#2CA02C", true, T0),
                new Code("c-disc", null, "Discriminación", "Trato desigual", null, null, null, "#D62728", true, T0));
        Map<String, String> a1 = new LinkedHashMap<>();
        a1.put("city", "Lima");
        a1.put("source_group", "gobierno");
        a1.put("age", "34");
        a1.put("gender_identity", "mujer trans");
        Map<String, String> a2 = new LinkedHashMap<>();
        a2.put("city", "Tumbes");
        a2.put("source_group", "migrante");
        a2.put("age", "27");
        a2.put("gender_identity", "hombre");
        List<CaseRecord> cases = List.of(
                new CaseRecord("0190a1b2-0000-7000-8000-0000000000c1", "KI-LIM-01", a1, Set.of("gender_identity"), true),
                new CaseRecord("0190a1b2-0000-7000-8000-0000000000c2", "IDI-TUM-02", a2, Set.of("gender_identity"),
                        false));
        List<Source> sources = List.of(
                new Source("0190a1b2-0000-7000-8000-0000000000s1", "Entrevista KI-LIM-01", SourceKind.INTERVIEW_NOTES,
                        "0190a1b2-0000-7000-8000-0000000000c1", null, TEXT_1, T0, T0),
                new Source("0190a1b2-0000-7000-8000-0000000000s2", "Entrevista IDI-TUM-02", SourceKind.TRANSCRIPT,
                        "0190a1b2-0000-7000-8000-0000000000c2", null, TEXT_2, T0, T0));
        String s1 = sources.get(0).id();
        String s2 = sources.get(1).id();
        List<Coding> codings = List.of(
                coding("0190a1b2-0000-7000-8000-00000000cd01", s1, TEXT_1, "Niños y niñas", "c-salud", ANA),
                coding("0190a1b2-0000-7000-8000-00000000cd02", s1, TEXT_1, "posta de salud", "c-salud", LUIS),
                coding("0190a1b2-0000-7000-8000-00000000cd03", s1, TEXT_1, "😀 señor", "c-disc", ANA),
                coding("0190a1b2-0000-7000-8000-00000000cd04", s1, TEXT_1, "No hay documentos.", "c-doc", LUIS),
                coding("0190a1b2-0000-7000-8000-00000000cd05", s2, TEXT_2, "La discriminación en el trabajo", "c-disc",
                        ANA),
                coding("0190a1b2-0000-7000-8000-00000000cd06", s2, TEXT_2, "migración", "c-doc", LUIS));
        List<Memo> memos = List.of(
                new Memo("0190a1b2-0000-7000-8000-00000000aa01", MemoTarget.PROJECT, null, "Plan de análisis",
                        "Triangular por grupo de fuente.", ANA, T0, T0),
                new Memo("0190a1b2-0000-7000-8000-00000000aa02", MemoTarget.SOURCE, s1, "Contexto",
                        "Entrevista en la oficina, sin grabación.", LUIS, T0, T0),
                new Memo("0190a1b2-0000-7000-8000-00000000aa03", MemoTarget.CODE, "c-salud", "Definición",
                        "Revisar con Luis.", ANA, T0, T0),
                new Memo("0190a1b2-0000-7000-8000-00000000aa04", MemoTarget.CODING,
                        "0190a1b2-0000-7000-8000-00000000cd05", "Cita", "Cita clave para el informe.", ANA, T0, T0));
        return new QdaSnapshot("0190a1b2-0000-7000-8000-0000000000aa", "Barreras de acceso (demo)", coders, codes,
                sources, codings, memos, cases);
    }

    /** The entries of a ZIP by name. */
    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            var en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory()) {
                    try (InputStream in = z.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    /** Writes a ZIP with these entries (names as given, so tests can write hostile ones). */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = RefiFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static Set<String> names(List<?> items) {
        return new LinkedHashSet<>(items.stream().map(String::valueOf).toList());
    }
}
