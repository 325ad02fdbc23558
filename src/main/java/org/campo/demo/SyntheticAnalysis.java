package org.campo.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campo.app.AppContext;
import org.campo.model.Member;
import org.campo.model.Role;
import org.campo.model.Code;
import org.campo.qda.CodebookService;
import org.campo.qda.CodingService.NewCoding;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.qda.TextPositions;
import org.campo.study.OpenStudy;

/**
 * The analysis half of the demo: the interviews become sources, a codebook of their themes is
 * created, and two coders code them. {@value #FIRST} (the coordinator) codes every sentence of
 * a theme with the theme's code (or the sub-codes its words call for); {@value #SECOND}, a
 * researcher, codes the same way but, as a second coder does, leaves some sentences out,
 * chooses a neighbouring code for some, draws some segments shorter, and codes a few journeys
 * as violence on the route. Deterministic from the demo's seed, so the agreement figures of two
 * demo studies are the same.
 */
final class SyntheticAnalysis implements DemoContent {
    static final String FIRST = DemoStudy.USER;
    static final String SECOND = "rosa";

    /** Code path → definition, parents before children. */
    static final Map<String, String> CODEBOOK = codebook();
    /** Theme notes field → the code of its sentences. */
    static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("notes_documentation", "Documentación y regularización"),
            Map.entry("notes_health", "Acceso a salud"),
            Map.entry("notes_gbv", "Violencia"),
            Map.entry("notes_violence", "Violencia"),
            Map.entry("notes_discrimination", "Discriminación"),
            Map.entry("notes_work", "Trabajo e ingresos"),
            Map.entry("notes_housing", "Vivienda"),
            Map.entry("notes_information", "Información"),
            Map.entry("notes_networks", "Redes de apoyo"),
            Map.entry("notes_coordination", "Coordinación entre actores"));
    /** Sub-code → words (folded: lower case) that call for it within its parent's theme. */
    static final Map<String, List<String>> SUB_CODES = subCodes();
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]*");

    private static Map<String, String> codebook() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Documentación y regularización", "Trámites, documentos y estatus migratorio: obstáculos y costos.");
        m.put("Documentación y regularización/CPP y permisos", "Carné de Permiso Temporal de Permanencia, permisos, "
                + "pasaporte, carné de extranjería, multas.");
        m.put("Documentación y regularización/Refugio", "Solicitud de la condición de refugiado y su carné.");
        m.put("Acceso a salud", "Acceso a servicios de salud y barreras para usarlos.");
        m.put("Acceso a salud/Seguro de salud (SIS)", "Afiliación al SIS, EsSalud u otro seguro; cobros por atención.");
        m.put("Acceso a salud/VIH y salud trans", "Prueba y tratamiento de VIH; hormonización.");
        m.put("Acceso a salud/Salud mental", "Ansiedad, estrés, depresión y la atención que reciben.");
        m.put("Discriminación", "Trato desigual o rechazo relatado por la persona o por informantes.");
        m.put("Discriminación/Xenofobia", "Rechazo por nacionalidad venezolana.");
        m.put("Discriminación/Por orientación sexual o identidad de género",
                "Rechazo por ser LGBTQI+; ocultamiento de la identidad.");
        m.put("Violencia", "Violencia sufrida o conocida por la persona.");
        m.put("Violencia/Violencia basada en género", "Violencia de pareja, sexual, trata y explotación.");
        m.put("Violencia/Violencia en la ruta", "Robos, cobros y agresiones durante el viaje y en la frontera.");
        m.put("Trabajo e ingresos", "Empleo, informalidad, explotación laboral e ingresos.");
        m.put("Vivienda", "Alojamiento, alquiler, albergues y condiciones de la vivienda.");
        m.put("Información", "Información disponible o que falta sobre trámites, servicios y población.");
        m.put("Redes de apoyo", "Familia, amistades, organizaciones y grupos que apoyan.");
        m.put("Coordinación entre actores", "Articulación entre Estado, cooperación y sociedad civil.");
        return m;
    }

    private static Map<String, List<String>> subCodes() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Documentación y regularización/CPP y permisos", List.of("cpp", "permiso", "pasaporte", "carné de "
                + "extranjería", "multa"));
        m.put("Documentación y regularización/Refugio", List.of("refugio", "solicitante"));
        m.put("Acceso a salud/Seguro de salud (SIS)", List.of("sis", "seguro", "essalud", "cobr"));
        m.put("Acceso a salud/VIH y salud trans", List.of("vih", "antirretroviral", "hormon"));
        m.put("Acceso a salud/Salud mental", List.of("ansiedad", "salud mental"));
        m.put("Discriminación/Xenofobia", List.of("venezolan", "xenof", "nacionalidad", "delincuencia", "robos"));
        m.put("Discriminación/Por orientación sexual o identidad de género", List.of("gay", "gais", "trans",
                "lesbian", "orientación", "identidad de género", "mismo sexo", "forma de vestir"));
        m.put("Violencia/Violencia basada en género", List.of("género", "pareja", "sexual", "acoso", "golpeaba",
                "trata"));
        m.put("Violencia/Violencia en la ruta", List.of("trocha", "ruta", "robaron", "armado"));
        return m;
    }

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        QdaServices qda = context.qda(study);
        qda.interviews().syncAll();
        Member second = study.addMember(SECOND, Role.RESEARCHER, DemoStudy.DEFAULT_PASSPHRASE.toCharArray());
        Map<String, String> codeIds = createCodebook(qda.codebook());
        Random random = new Random(settings.seed() ^ 0xC0DEL);
        List<NewCoding> codings = new ArrayList<>();
        for (Source s : sourcesInOrder(qda)) {
            Map<String, String> notes = notesOf(s);
            if (notes == null) {
                continue;
            }
            for (Map.Entry<String, String> field : notes.entrySet()) {
                String value = field.getValue().strip();
                int at = s.text().indexOf(value);
                if (at < 0) {
                    continue;
                }
                int base = TextPositions.toCodePoints(s.text(), at);
                for (int[] sentence : sentences(value)) {
                    int start = base + sentence[0];
                    int end = base + sentence[1];
                    String words = TextPositions.slice(s.text(), start, end).toLowerCase(Locale.ROOT);
                    if (field.getKey().equals("notes_journey") && containsAny(words, SUB_CODES.get(
                            "Violencia/Violencia en la ruta"))) {
                        codings.add(new NewCoding(s.id(), start, end, codeIds.get("Violencia/Violencia en la ruta"),
                                second.id()));
                    }
                    for (String path : codesFor(field.getKey(), words)) {
                        codings.add(new NewCoding(s.id(), start, end, codeIds.get(path), study.member().id()));
                        NewCoding other = secondCoder(s, start, end, path, codeIds, second.id(), random);
                        if (other != null) {
                            codings.add(other);
                        }
                    }
                }
            }
        }
        qda.codings().codeMany(codings);
    }

    private static List<Source> sourcesInOrder(QdaServices qda) {
        List<Source> out = new ArrayList<>();
        qda.sources().list().forEach(x -> out.add(qda.sources().get(x.id())));
        return out;
    }

    private static Map<String, String> notesOf(Source s) {
        String code = s.name().split(" ")[0];
        Map<String, String> notes = InterviewNotes.KEY_INFORMANTS.get(code);
        return notes != null ? notes : InterviewNotes.IN_DEPTH.get(code);
    }

    static Map<String, String> createCodebook(CodebookService codebook) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : CODEBOOK.entrySet()) {
            int slash = e.getKey().lastIndexOf('/');
            String parent = slash < 0 ? null : ids.get(e.getKey().substring(0, slash));
            String name = e.getKey().substring(slash + 1);
            Code c = codebook.create(parent, name, e.getValue(), null);
            ids.put(e.getKey(), c.id());
        }
        return ids;
    }

    /** The codes of a sentence: the sub-codes its words call for, or else its theme. */
    static List<String> codesFor(String field, String words) {
        String theme = SECTIONS.get(field);
        if (theme == null) {
            return field.equals("notes_arrival") && containsAny(words, List.of("albergue", "cuarto", "durmió",
                    "alojamiento")) ? List.of("Vivienda") : List.of();
        }
        List<String> out = new ArrayList<>();
        SUB_CODES.forEach((path, keys) -> {
            if (path.startsWith(theme + "/") && containsAny(words, keys)) {
                out.add(path);
            }
        });
        return out.isEmpty() ? List.of(theme) : out;
    }

    /** What the second coder does with a segment the first coded. */
    private static NewCoding secondCoder(Source s, int start, int end, String path, Map<String, String> ids,
                                         String coder, Random random) {
        double r = random.nextDouble();
        if (r < 0.10) {
            return null;
        }
        if (r < 0.18) {
            int slash = path.lastIndexOf('/');
            String neighbour = slash > 0 ? path.substring(0, slash) : "Información".equals(path) ? "Redes de apoyo"
                    : "Información";
            return new NewCoding(s.id(), start, end, ids.get(neighbour), coder);
        }
        if (r < 0.26) {
            String text = TextPositions.slice(s.text(), start, end);
            int space = text.indexOf(' ');
            if (space > 0 && space < text.length() - 1) {
                return new NewCoding(s.id(), start + text.codePointCount(0, space + 1), end, ids.get(path), coder);
            }
        }
        return new NewCoding(s.id(), start, end, ids.get(path), coder);
    }

    /** Sentences of a note as [start, end) in code points, without the "(Nota sintética.)" marks. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from < m.end() && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            if (from >= m.end() || text.charAt(from) == '(' || text.charAt(from) == ')') {
                continue;
            }
            out.add(new int[] {text.codePointCount(0, from), text.codePointCount(0, m.end())});
        }
        return out;
    }

    private static boolean containsAny(String words, List<String> keys) {
        for (String k : keys) {
            if (words.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
