package org.campo.qda.refi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.campo.common.CampoException;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.qda.TextPositions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a study's qualitative analysis as a REFI-QDA project ({@code .qdpx}): users (coders),
 * the codebook, variables and cases, text sources with their plain text in {@code sources/},
 * one selection per coding with its coder, memos as notes with their references, and sets of
 * sources by source group. The project is validated against the schema before anything is
 * written, and written through a temporary file and a rename; the report says what the format
 * cannot carry.
 */
public final class QdpxExporter {
    private static final Logger LOG = Logger.getLogger(QdpxExporter.class.getName());
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Marks a variable as sensitive in its description, so a round trip keeps it sensitive. */
    static final String SENSITIVE_MARK = "[sensitive]";
    /** The case attribute whose values become sets of sources unless told otherwise. */
    public static final String DEFAULT_GROUP_ATTRIBUTE = "source_group";

    private final Clock clock;
    private final String origin;

    public QdpxExporter(Clock clock, String origin) {
        this.clock = clock;
        this.origin = origin;
    }

    /**
     * How to export.
     *
     * @param includeSensitive whether sensitive case attributes go out (the coordinator's choice)
     * @param groupAttribute   the case attribute whose values become sets of sources ({@code null}: none)
     */
    public record Options(LineEndings lineEndings, boolean includeSensitive, String groupAttribute) {
        public static Options defaults() {
            return new Options(LineEndings.LF, false, DEFAULT_GROUP_ATTRIBUTE);
        }

        public Options withLineEndings(LineEndings endings) {
            return new Options(endings, includeSensitive, groupAttribute);
        }

        public Options withSensitive(boolean include) {
            return new Options(lineEndings, include, groupAttribute);
        }
    }

    /** A project ready to be zipped: {@code project.qde} and the text files by entry name. */
    record Built(byte[] qde, Map<String, byte[]> files, RefiReport report) {
    }

    /** Exports {@code snapshot} to {@code target}; nothing is written if the project does not validate. */
    public RefiReport export(QdaSnapshot snapshot, Path target, Options options) {
        Built built = build(snapshot, options);
        List<ProjectSchema.Problem> problems = ProjectSchema.validate(built.qde());
        if (!problems.isEmpty()) {
            LOG.warning(() -> "REFI-QDA export does not validate: " + problems);
            throw new CampoException("refi.export.invalid", problems.get(0).toString());
        }
        writeAtomically(target, out -> zip(built, out));
        return built.report();
    }

    Built build(QdaSnapshot snap, Options options) {
        RefiReport report = new RefiReport();
        Document doc = SafeXml.documentBuilder().newDocument();
        Element project = doc.createElementNS(ProjectSchema.NAMESPACE, "Project");
        doc.appendChild(project);
        project.setAttribute("name", snap.studyName() == null || snap.studyName().isBlank() ? "Campo" : snap.studyName());
        project.setAttribute("origin", origin);
        project.setAttribute("creationDateTime", dateTime(clock.instant()));
        Map<String, byte[]> files = new LinkedHashMap<>();

        // Users: every coder, and memo authors among them.
        Map<String, String> userGuid = new HashMap<>();
        if (!snap.coders().isEmpty()) {
            Element users = child(project, "Users");
            for (Coder c : snap.coders()) {
                String guid = Guids.of(c.id());
                userGuid.put(c.id(), guid);
                Element u = child(users, "User");
                u.setAttribute("guid", guid);
                u.setAttribute("name", c.name());
            }
        }

        // Memos by what they are attached to, so references go inside their targets.
        Map<String, List<Memo>> memosOf = new HashMap<>();
        for (Memo m : snap.memos()) {
            memosOf.computeIfAbsent(m.target() + "|" + m.targetId(), k -> new ArrayList<>()).add(m);
        }
        Set<String> referencedMemos = new LinkedHashSet<>();

        // CodeBook.
        Map<String, String> codeGuid = new HashMap<>();
        Map<String, List<Code>> children = new LinkedHashMap<>();
        Set<String> codeIds = new LinkedHashSet<>();
        snap.codes().forEach(c -> codeIds.add(c.id()));
        for (Code c : snap.codes()) {
            String parent = c.parentId() != null && codeIds.contains(c.parentId()) ? c.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
            codeGuid.put(c.id(), Guids.of(c.id()));
        }
        if (!snap.codes().isEmpty()) {
            Element codes = child(child(project, "CodeBook"), "Codes");
            int[] criteria = {0};
            for (Code c : children.getOrDefault(null, List.of())) {
                writeCode(codes, c, children, memosOf, referencedMemos, report, criteria);
            }
            if (criteria[0] > 0) {
                report.lost("refi.export.criteriaInDescription", criteria[0]);
            }
            report.carried("refi.export.codes", snap.codes().size());
        }

        // Variables and cases.
        Set<String> withheld = new java.util.TreeSet<>();
        Map<String, Set<String>> valuesOf = new LinkedHashMap<>();
        Set<String> sensitiveNames = new java.util.TreeSet<>();
        for (CaseRecord cr : snap.cases()) {
            for (var e : cr.attributes().entrySet()) {
                boolean sensitive = cr.sensitive().contains(e.getKey());
                if (sensitive) {
                    sensitiveNames.add(e.getKey());
                }
                if (sensitive && !options.includeSensitive()) {
                    withheld.add(e.getKey());
                    continue;
                }
                Set<String> values = valuesOf.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    values.add(e.getValue().trim());
                }
            }
        }
        Map<String, String> variableType = new LinkedHashMap<>();
        valuesOf.forEach((name, values) -> variableType.put(name, typeOf(values)));
        if (!variableType.isEmpty()) {
            Element vars = child(project, "Variables");
            variableType.forEach((name, type) -> {
                Element v = child(vars, "Variable");
                v.setAttribute("guid", Guids.named("variable", name));
                v.setAttribute("name", name);
                v.setAttribute("typeOfVariable", type);
                if (sensitiveNames.contains(name)) {
                    text(v, "Description", SENSITIVE_MARK);
                }
            });
        }
        if (!withheld.isEmpty()) {
            report.lost("refi.export.sensitiveWithheld", String.join(", ", withheld));
        } else if (options.includeSensitive() && !sensitiveNames.isEmpty()) {
            report.carried("refi.export.sensitiveIncluded", String.join(", ", sensitiveNames));
        }
        Map<String, List<Source>> sourcesOfCase = new HashMap<>();
        for (Source s : snap.sources()) {
            if (s.caseId() != null) {
                sourcesOfCase.computeIfAbsent(s.caseId(), k -> new ArrayList<>()).add(s);
            }
        }
        if (!snap.cases().isEmpty()) {
            Element cases = child(project, "Cases");
            for (CaseRecord cr : snap.cases()) {
                Element c = child(cases, "Case");
                c.setAttribute("guid", Guids.of(cr.id()));
                c.setAttribute("name", cr.code());
                for (var e : cr.attributes().entrySet()) {
                    String type = variableType.get(e.getKey());
                    if (type == null || e.getValue() == null || e.getValue().isBlank()) {
                        continue;
                    }
                    Element vv = child(c, "VariableValue");
                    child(vv, "VariableRef").setAttribute("targetGUID", Guids.named("variable", e.getKey()));
                    text(vv, type + "Value", e.getValue().trim());
                }
                for (Source s : sourcesOfCase.getOrDefault(cr.id(), List.of())) {
                    child(c, "SourceRef").setAttribute("targetGUID", Guids.of(s.id()));
                }
            }
            report.carried("refi.export.cases", snap.cases().size(), variableType.size());
            if (snap.cases().stream().anyMatch(CaseRecord::directQuotation)) {
                report.lost("refi.export.consentNotCarried");
            }
        }

        // Sources, selections and codings.
        Map<String, List<Coding>> codingsOf = new HashMap<>();
        for (Coding c : snap.codings()) {
            codingsOf.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c);
        }
        int written = 0;
        int detached = 0;
        int orphan = 0;
        if (!snap.sources().isEmpty()) {
            Element sources = child(project, "Sources");
            for (Source s : snap.sources()) {
                String guid = Guids.of(s.id());
                String fileName = guid + ".txt";
                LineEndings.Converted text = options.lineEndings().convert(s.text() == null ? "" : s.text());
                files.put("sources/" + fileName, text.text().getBytes(StandardCharsets.UTF_8));
                Element ts = child(sources, "TextSource");
                ts.setAttribute("guid", guid);
                ts.setAttribute("name", s.name());
                ts.setAttribute("plainTextPath", "internal://" + fileName);
                if (s.createdAt() != null) {
                    ts.setAttribute("creationDateTime", dateTime(s.createdAt()));
                }
                if (s.updatedAt() != null) {
                    ts.setAttribute("modifiedDateTime", dateTime(s.updatedAt()));
                }
                List<Coding> codings = new ArrayList<>(codingsOf.getOrDefault(s.id(), List.of()));
                codings.sort(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end)
                        .thenComparing(Coding::id));
                int length = s.length();
                for (Coding c : codings) {
                    if (c.detached()) {
                        detached++;
                        continue;
                    }
                    if (!codeGuid.containsKey(c.codeId()) || c.end() > length) {
                        orphan++;
                        continue;
                    }
                    Element sel = child(ts, "PlainTextSelection");
                    sel.setAttribute("guid", Guids.named("selection", c.id()));
                    sel.setAttribute("name", excerpt(s.text(), c.start(), c.end()));
                    sel.setAttribute("startPosition", Integer.toString(text.position(c.start())));
                    sel.setAttribute("endPosition", Integer.toString(text.position(c.end())));
                    String coder = userGuid.get(c.coderId());
                    if (coder != null) {
                        sel.setAttribute("creatingUser", coder);
                    }
                    if (c.codedAt() != null) {
                        sel.setAttribute("creationDateTime", dateTime(c.codedAt()));
                    }
                    Element coding = child(sel, "Coding");
                    coding.setAttribute("guid", Guids.of(c.id()));
                    if (coder != null) {
                        coding.setAttribute("creatingUser", coder);
                    }
                    if (c.codedAt() != null) {
                        coding.setAttribute("creationDateTime", dateTime(c.codedAt()));
                    }
                    child(coding, "CodeRef").setAttribute("targetGUID", codeGuid.get(c.codeId()));
                    noteRefs(coding, memosOf.get(MemoTarget.CODING + "|" + c.id()), referencedMemos);
                    written++;
                }
                noteRefs(ts, memosOf.get(MemoTarget.SOURCE + "|" + s.id()), referencedMemos);
            }
            report.carried("refi.export.sources", snap.sources().size(), options.lineEndings().name());
            report.carried("refi.export.codings", written, snap.coders().size());
            report.lost("refi.export.kindsNotCarried");
        }
        if (detached > 0) {
            report.lost("refi.export.detachedLeftOut", detached);
        }
        if (orphan > 0) {
            report.lost("refi.export.orphanCodingsLeftOut", orphan);
        }

        // Notes: every memo; project memos are referenced by the project itself.
        if (!snap.memos().isEmpty()) {
            Element notes = child(project, "Notes");
            for (Memo m : snap.memos()) {
                Element n = child(notes, "Note");
                n.setAttribute("guid", Guids.of(m.id()));
                n.setAttribute("name", m.title() == null ? "" : m.title());
                String author = userGuid.get(m.authorId());
                if (author != null) {
                    n.setAttribute("creatingUser", author);
                }
                if (m.createdAt() != null) {
                    n.setAttribute("creationDateTime", dateTime(m.createdAt()));
                }
                if (m.updatedAt() != null) {
                    n.setAttribute("modifiedDateTime", dateTime(m.updatedAt()));
                }
                text(n, "PlainTextContent", m.text() == null ? "" : m.text());
            }
            long unattached = snap.memos().stream()
                    .filter(m -> m.target() != MemoTarget.PROJECT && !referencedMemos.contains(m.id())).count();
            if (unattached > 0) {
                report.lost("refi.export.memosUnattached", unattached);
            }
            report.carried("refi.export.memos", snap.memos().size());
        }

        // Sets: sources grouped by the value of the group attribute of their case.
        String group = options.groupAttribute();
        if (group != null && (options.includeSensitive() || !withheld.contains(group))) {
            Map<String, List<Source>> bySet = new TreeMap<>();
            Map<String, CaseRecord> caseById = new HashMap<>();
            snap.cases().forEach(c -> caseById.put(c.id(), c));
            for (Source s : snap.sources()) {
                CaseRecord cr = s.caseId() == null ? null : caseById.get(s.caseId());
                String value = cr == null ? null : cr.attributes().get(group);
                if (value != null && !value.isBlank()) {
                    bySet.computeIfAbsent(value.trim(), k -> new ArrayList<>()).add(s);
                }
            }
            if (!bySet.isEmpty()) {
                Element sets = child(project, "Sets");
                bySet.forEach((value, members) -> {
                    Element set = child(sets, "Set");
                    set.setAttribute("guid", Guids.named("set", group + "=" + value));
                    set.setAttribute("name", group + ": " + value);
                    members.forEach(s -> child(set, "MemberSource").setAttribute("targetGUID", Guids.of(s.id())));
                });
                report.carried("refi.export.sets", bySet.size(), group);
            }
        }
        List<Memo> projectMemos = memosOf.getOrDefault(MemoTarget.PROJECT + "|null", List.of());
        noteRefs(project, projectMemos, referencedMemos);
        return new Built(serialize(doc), files, report);
    }

    private void writeCode(Element parent, Code c, Map<String, List<Code>> children, Map<String, List<Memo>> memosOf,
                           Set<String> referenced, RefiReport report, int[] criteria) {
        Element e = child(parent, "Code");
        e.setAttribute("guid", Guids.of(c.id()));
        e.setAttribute("name", c.name());
        e.setAttribute("isCodable", Boolean.toString(c.codable()));
        if (c.color() != null && RGB.matcher(c.color()).matches()) {
            e.setAttribute("color", c.color().toUpperCase(Locale.ROOT));
        }
        String description = CodeDescription.write(c.definition(), c.inclusion(), c.exclusion(), c.example());
        if (!description.isEmpty()) {
            text(e, "Description", description);
        }
        if (blank(c.inclusion()) + blank(c.exclusion()) + blank(c.example()) < 3) {
            criteria[0]++;
        }
        noteRefs(e, memosOf.get(MemoTarget.CODE + "|" + c.id()), referenced);
        for (Code child : children.getOrDefault(c.id(), List.of())) {
            writeCode(e, child, children, memosOf, referenced, report, criteria);
        }
    }

    private static int blank(String s) {
        return s == null || s.isBlank() ? 1 : 0;
    }

    private static void noteRefs(Element parent, List<Memo> memos, Set<String> referenced) {
        if (memos == null) {
            return;
        }
        for (Memo m : memos) {
            child(parent, "NoteRef").setAttribute("targetGUID", Guids.of(m.id()));
            referenced.add(m.id());
        }
    }

    /** The REFI-QDA type that fits every value of a variable (Text when in doubt). */
    static String typeOf(Set<String> values) {
        if (values.isEmpty()) {
            return "Text";
        }
        if (values.stream().allMatch(v -> v.equals("true") || v.equals("false"))) {
            return "Boolean";
        }
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches())) {
            return "Integer";
        }
        if (values.stream().allMatch(v -> DECIMAL.matcher(v).matches())) {
            return "Float";
        }
        if (values.stream().allMatch(QdpxExporter::isDate)) {
            return "Date";
        }
        if (values.stream().allMatch(QdpxExporter::isDateTime)) {
            return "DateTime";
        }
        return "Text";
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String v) {
        try {
            OffsetDateTime.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first words of a segment, for the selection's name. */
    static String excerpt(String text, int start, int end) {
        String segment = TextPositions.slice(text, start, end).replaceAll("\\s+", " ").strip();
        int max = 60;
        if (segment.codePointCount(0, segment.length()) <= max) {
            return segment;
        }
        return segment.substring(0, segment.offsetByCodePoints(0, max)).stripTrailing() + "…";
    }

    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElementNS(ProjectSchema.NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String value) {
        child(parent, name).setTextContent(value);
    }

    private static byte[] serialize(Document doc) {
        try {
            Transformer t = SafeXml.transformerFactory().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("writing the project XML failed", e);
        }
    }

    private static void zip(Built built, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(built.qde());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sources/"));
            zip.closeEntry();
            for (var e : built.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temp file in the target's folder, then a rename: no half-written project is ever left. */
    static void writeAtomically(Path target, Content content) {
        try {
            org.campo.common.AtomicWrite.write(target, content::writeTo);
        } catch (IOException e) {
            throw new CampoException(e, "refi.writeFailed", target.toString(), String.valueOf(e.getMessage()));
        }
    }
}
