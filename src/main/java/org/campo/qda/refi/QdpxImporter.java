package org.campo.qda.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.consent.ParticipantCode;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a REFI-QDA project into a study in two steps. {@link #plan} parses and checks everything
 * (a pure step: nothing is stored) and returns what would be created with a report of what is
 * left out and why; {@link #apply} stores a plan in one unit of work.
 *
 * <p>Lenient where tools differ: any single {@code *.qde}, {@code Sources/} in any case, GUIDs
 * with braces or in upper case, a BOM, text inline in {@code PlainTextContent}, a {@code .docx}
 * with no plain text beside it, and line breaks counted as two code points (NVivo, MAXQDA) or as
 * one (ATLAS.ti, told by the project's {@code origin}). Strict where it matters: a selection
 * outside its text is reported and left out, never clamped; a hostile archive or XML is refused
 * before anything is read from it.
 */
public final class QdpxImporter {
    private static final Logger LOG = Logger.getLogger(QdpxImporter.class.getName());
    private static final String NS = ProjectSchema.NAMESPACE;
    private static final String DEFAULT_COLOR = "#9E9E9E";

    private final Clock clock;
    private final Supplier<String> ids;

    public QdpxImporter(Clock clock) {
        this(clock, Ids::newId);
    }

    QdpxImporter(Clock clock, Supplier<String> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    /** Parses and checks {@code file} against what the study already holds; stores nothing. */
    public ImportPlan plan(Path file, QdaSnapshot existing, String importingCoderId) {
        try (QdpxArchive archive = QdpxArchive.read(file)) {
            Element project = parse(archive.project(), archive.projectName());
            return new Planner(archive, project, existing, importingCoderId).plan();
        }
    }

    /** Stores a plan in one audited change of {@code target}. */
    public void apply(ImportPlan plan, ImportTarget target) {
        String summary = "refi-qda project=" + plan.projectName() + " sources=" + plan.sources().size()
                + " codes=" + plan.codes().size() + " codings=" + plan.codings().size() + " cases="
                + plan.cases().size() + " memos=" + plan.memos().size();
        target.change(summary, w -> {
            plan.coders().forEach(w::addCoder);
            plan.codes().forEach(w::addCode);
            plan.cases().forEach(w::addCase);
            plan.sources().forEach(w::addSource);
            plan.codings().forEach(w::addCoding);
            plan.memos().forEach(w::addMemo);
        });
    }

    /** Plans and applies in one go; returns the plan (with its report). */
    public ImportPlan importInto(Path file, ImportTarget target) {
        ImportPlan plan = plan(file, target.current(), target.importingCoderId());
        apply(plan, target);
        return plan;
    }

    static Element parse(byte[] xml, String name) {
        Document doc;
        try {
            doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("DOCTYPE")) {
                throw new CampoException(e, "refi.import.doctype", name);
            }
            throw new CampoException(e, "refi.import.badXml", name, e.getLineNumber(), e.getColumnNumber(), msg);
        } catch (SAXException | IOException e) {
            throw new CampoException(e, "refi.import.badXml", name, 0, 0, String.valueOf(e.getMessage()));
        }
        Element root = doc.getDocumentElement();
        if (!"Project".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            String found = "{" + (root.getNamespaceURI() == null ? "" : root.getNamespaceURI()) + "}"
                    + (root.getLocalName() == null ? root.getTagName() : root.getLocalName());
            throw new CampoException("refi.import.wrongNamespace", name, found);
        }
        return root;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    static String childText(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent();
    }

    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A name as read, composed (NFC): macOS tools write "ê" as "e" and a combining accent, which
     * would not match the same name typed in Campo. Texts are never normalised: positions count
     * their code points as they are.
     */
    static String nameAttr(Element e) {
        String v = attr(e, "name");
        return v == null ? null : java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC);
    }

    /** One plan being worked out. */
    private final class Planner {
        private final QdpxArchive archive;
        private final Element project;
        private final QdaSnapshot existing;
        private final String importer;
        private final RefiReport report = new RefiReport();
        private final boolean newlineCountsOne;
        private final CampoText.Counting counting;
        private final String projectName;

        private final Map<String, String> userNames = new HashMap<>();
        private final Map<String, String> coderOfUser = new HashMap<>();
        private final List<Coder> newCoders = new ArrayList<>();
        private final Map<String, String> codeOfGuid = new HashMap<>();
        private final List<Code> newCodes = new ArrayList<>();
        private final Map<String, String> sourceOfGuid = new HashMap<>();
        private final Map<String, String> caseOfSource = new HashMap<>();
        private final List<CaseRecord> newCases = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final List<Coding> codings = new ArrayList<>();
        private final List<Memo> memos = new ArrayList<>();
        /** Note GUID to the places that refer to it (target kind and Campo id). */
        private final Map<String, List<Object[]>> noteTargets = new LinkedHashMap<>();
        private int mergedCodes;
        private int renamedCases;
        private int codingsWithoutCoder;
        /** What the study holds already, by id: a record read again (same GUID) is not added twice. */
        private final Map<String, Source> knownSources = new HashMap<>();
        private final Set<String> knownCodings = new HashSet<>();
        private final Set<String> knownMemos = new HashSet<>();
        /** Codings already in the study by source, span, code and coder: the same coding under another id. */
        private final Set<String> knownSpans = new HashSet<>();
        /** Ids this plan gives out, so a GUID repeated inside one project cannot give two records one id. */
        private final Set<String> planned = new HashSet<>();
        private int codingsAlreadyThere;
        private int memosAlreadyThere;

        Planner(QdpxArchive archive, Element project, QdaSnapshot existing, String importer) {
            this.archive = archive;
            this.project = project;
            this.existing = existing;
            this.importer = importer;
            String origin = attr(project, "origin");
            String tool = origin == null ? "" : origin.toLowerCase(Locale.ROOT);
            this.newlineCountsOne = tool.contains("atlas.ti");
            this.counting = newlineCountsOne ? CampoText.Counting.NEWLINE_ONE
                    : tool.contains("nvivo") ? CampoText.Counting.UTF16_UNITS : CampoText.Counting.CODE_POINTS;
            this.projectName = attr(project, "name") == null ? archive.projectName() : attr(project, "name");
            existing.sources().forEach(x -> knownSources.put(x.id(), x));
            existing.codings().forEach(x -> {
                knownCodings.add(x.id());
                knownSpans.add(span(x.sourceId(), x.start(), x.end(), x.codeId(), x.coderId()));
            });
            existing.memos().forEach(x -> knownMemos.add(x.id()));
        }

        /** The id of a record read with {@code guid}: stable across imports, fresh without a GUID or when repeated. */
        private String idOf(String kind, String guid) {
            if (guid == null || guid.isBlank()) {
                return ids.get();
            }
            String id = Guids.idOf(kind, guid);
            return planned.add(kind + ":" + id) ? id : ids.get();
        }

        private static String span(String sourceId, int start, int end, String codeId, String coderId) {
            return sourceId + "|" + start + "|" + end + "|" + codeId + "|" + coderId;
        }

        /** A memo derived from a record (its description): the same id each time the record is read. */
        private String derivedId(String kind, String guid) {
            return guid == null || guid.isBlank() ? ids.get() : Guids.named("refi:" + kind, Guids.normalize(guid));
        }

        private void addMemo(Memo memo) {
            if (knownMemos.contains(memo.id())) {
                memosAlreadyThere++;
            } else {
                memos.add(memo);
            }
        }

        ImportPlan plan() {
            for (Element users : children(project, "Users")) {
                for (Element u : children(users, "User")) {
                    String guid = Guids.normalize(attr(u, "guid"));
                    String name = nameAttr(u) != null ? nameAttr(u) : attr(u, "id");
                    if (guid != null) {
                        userNames.put(guid, name == null ? guid : name);
                    }
                }
            }
            Element codebook = child(project, "CodeBook");
            if (codebook != null) {
                for (Element codes : children(codebook, "Codes")) {
                    for (Element c : children(codes, "Code")) {
                        code(c, null);
                    }
                }
            }
            Map<String, String[]> variables = variables();
            cases(variables);
            Element srcs = child(project, "Sources");
            Map<String, Integer> media = new TreeMap<>();
            if (srcs != null) {
                for (Node n = srcs.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (!(n instanceof Element e) || !NS.equals(e.getNamespaceURI())) {
                        continue;
                    }
                    if (e.getLocalName().equals("TextSource")) {
                        textSource(e);
                    } else {
                        media.merge(e.getLocalName(), 1, Integer::sum);
                    }
                }
            }
            media.forEach((kind, n) -> report.lost("refi.import.mediaSkipped", n, kind));
            noteRefs(project, MemoTarget.PROJECT, null);
            notes();
            skipped("Links", "Link", "refi.import.linksSkipped");
            sets();
            skipped("Graphs", "Graph", "refi.import.graphsSkipped");

            report.carried("refi.import.codes", newCodes.size(), mergedCodes);
            report.carried("refi.import.sources", sources.size());
            Set<String> coders = new LinkedHashSet<>();
            codings.forEach(c -> coders.add(c.coderId()));
            report.carried("refi.import.codings", codings.size(), coders.size(), newCoders.size());
            report.carried("refi.import.cases", newCases.size(), variables.size());
            report.carried("refi.import.memos", memos.size());
            if (memosAlreadyThere > 0) {
                report.lost("refi.import.memosAlreadyThere", memosAlreadyThere);
            }
            report.carried(switch (counting) {
                case NEWLINE_ONE -> "refi.import.newlineOne";
                case UTF16_UNITS -> "refi.import.utf16Units";
                default -> "refi.import.newlineAsIs";
            });
            if (codingsWithoutCoder > 0) {
                report.lost("refi.import.noCoder", codingsWithoutCoder);
            }
            return new ImportPlan(projectName, newCoders, newCodes, newCases, sources, codings, memos, report);
        }

        private void skipped(String container, String element, String key) {
            int n = 0;
            for (Element c : children(project, container)) {
                n += children(c, element).size();
            }
            if (n > 0) {
                report.lost(key, n);
            }
        }

        /** Sets that are Campo's groups of sources by a case attribute are carried by the cases; others are not. */
        private void sets() {
            int derived = 0;
            int lost = 0;
            Map<String, CaseRecord> caseById = new HashMap<>();
            newCases.forEach(c -> caseById.put(c.id(), c));
            existing.cases().forEach(c -> caseById.putIfAbsent(c.id(), c));
            for (Element sets : children(project, "Sets")) {
                for (Element set : children(sets, "Set")) {
                    String name = attr(set, "name") == null ? "" : attr(set, "name");
                    int colon = name.indexOf(": ");
                    boolean byAttribute = colon > 0 && children(set, "MemberCode").isEmpty()
                            && children(set, "MemberNote").isEmpty() && !children(set, "MemberSource").isEmpty();
                    if (byAttribute) {
                        String attribute = name.substring(0, colon);
                        String value = name.substring(colon + 2);
                        for (Element m : children(set, "MemberSource")) {
                            String caseId = caseOfSource.get(Guids.normalize(attr(m, "targetGUID")));
                            CaseRecord cr = caseId == null ? null : caseById.get(caseId);
                            if (cr == null || !value.equals(cr.attributes().get(attribute))) {
                                byAttribute = false;
                                break;
                            }
                        }
                    }
                    if (byAttribute) {
                        derived++;
                    } else {
                        lost++;
                    }
                }
            }
            if (derived > 0) {
                report.carried("refi.import.setsFromAttributes", derived);
            }
            if (lost > 0) {
                report.lost("refi.import.setsSkipped", lost);
            }
        }

        // --- codes

        private void code(Element e, String parentId) {
            String guid = Guids.normalize(attr(e, "guid"));
            String name = nameAttr(e) == null ? "?" : nameAttr(e).strip();
            Code present = java.util.stream.Stream.concat(existing.codes().stream(), newCodes.stream())
                    .filter(c -> c.name().equalsIgnoreCase(name) && java.util.Objects.equals(c.parentId(), parentId))
                    .findFirst().orElse(null);
            String id;
            if (present != null) {
                id = present.id();
                mergedCodes++;
            } else {
                id = ids.get();
                CodeDescription d = CodeDescription.parse(childText(e, "Description"));
                String codable = attr(e, "isCodable");
                newCodes.add(new Code(id, parentId, name, d.definition(), d.inclusion(), d.exclusion(), d.example(),
                        color(attr(e, "color")), codable == null || !codable.trim().equalsIgnoreCase("false"),
                        clock.instant()));
            }
            if (guid != null) {
                codeOfGuid.put(guid, id);
            }
            noteRefs(e, MemoTarget.CODE, id);
            for (Element c : children(e, "Code")) {
                code(c, id);
            }
        }

        private String color(String raw) {
            if (raw == null || !raw.trim().matches("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})")) {
                return DEFAULT_COLOR;
            }
            String c = raw.trim().toUpperCase(Locale.ROOT);
            if (c.length() == 4) {
                c = "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
            }
            return c;
        }

        // --- variables and cases

        /** Variable GUID to {name, sensitive ("true"/"false")}. */
        private Map<String, String[]> variables() {
            Map<String, String[]> out = new LinkedHashMap<>();
            for (Element vars : children(project, "Variables")) {
                for (Element v : children(vars, "Variable")) {
                    String guid = Guids.normalize(attr(v, "guid"));
                    String description = childText(v, "Description");
                    boolean sensitive = description != null && description.contains(QdpxExporter.SENSITIVE_MARK);
                    if (guid != null && attr(v, "name") != null) {
                        out.put(guid, new String[] {attr(v, "name"), Boolean.toString(sensitive)});
                    }
                }
            }
            return out;
        }

        private void cases(Map<String, String[]> variables) {
            int number = 0;
            int merged = 0;
            for (Element cs : children(project, "Cases")) {
                for (Element c : children(cs, "Case")) {
                    number++;
                    String name = nameAttr(c) != null ? nameAttr(c).strip() : "Case " + number;
                    boolean validCode = ParticipantCode.isValid(name);
                    CaseRecord present = existing.cases().stream()
                            .filter(x -> validCode ? x.code().equals(name) : name.equals(x.attributes().get("case_name")))
                            .findFirst().orElse(null);
                    String id;
                    if (present != null) {
                        id = present.id();
                        merged++;
                    } else {
                        id = ids.get();
                        Map<String, String> attributes = new LinkedHashMap<>();
                        Set<String> sensitive = new LinkedHashSet<>();
                        String code = name;
                        if (!validCode) {
                            // Campo's participant codes are pseudonymous; another tool's case name may be a
                            // person's name, so it is kept as a sensitive attribute under a new code.
                            String random = ids.get().replace("-", "");
                            code = "IMP-" + random.substring(random.length() - 8).toUpperCase(Locale.ROOT);
                            renamedCases++;
                            attributes.put("case_name", name);
                            sensitive.add("case_name");
                        }
                        for (Element vv : children(c, "VariableValue")) {
                            Element ref = child(vv, "VariableRef");
                            String[] var = ref == null ? null : variables.get(Guids.normalize(attr(ref, "targetGUID")));
                            if (var == null) {
                                continue;
                            }
                            String value = null;
                            for (Node n = vv.getFirstChild(); n != null; n = n.getNextSibling()) {
                                if (n instanceof Element v && v.getLocalName() != null
                                        && v.getLocalName().endsWith("Value")) {
                                    value = v.getTextContent().strip();
                                }
                            }
                            if (value != null) {
                                String attribute = attributeName(var[0]);
                                attributes.put(attribute, value);
                                if (Boolean.parseBoolean(var[1])) {
                                    sensitive.add(attribute);
                                }
                            }
                        }
                        newCases.add(new CaseRecord(id, code, attributes, sensitive, false));
                    }
                    for (Element ref : children(c, "SourceRef")) {
                        String src = Guids.normalize(attr(ref, "targetGUID"));
                        if (src != null) {
                            caseOfSource.putIfAbsent(src, id);
                        }
                    }
                }
            }
            if (merged > 0) {
                report.carried("refi.import.casesMerged", merged);
            }
            if (renamedCases > 0) {
                report.carried("refi.import.casesRecoded", renamedCases);
            }
            if (!newCases.isEmpty()) {
                report.lost("refi.import.noConsent");
            }
        }

        /** A variable name as Campo's attributes name them (letters, digits, _ . -). */
        private String attributeName(String variable) {
            String n = java.text.Normalizer.normalize(variable.strip(), java.text.Normalizer.Form.NFC)
                    .replaceAll("[^\\p{L}\\p{N}_.-]+", "_");
            if (n.isEmpty() || !(Character.isLetter(n.codePointAt(0)) || n.charAt(0) == '_')) {
                n = "_" + n;
            }
            return n;
        }

        // --- sources

        private void textSource(Element e) {
            String guid = Guids.normalize(attr(e, "guid"));
            String name = nameAttr(e) != null ? nameAttr(e) : "?";
            int selectionCount = children(e, "PlainTextSelection").size() + children(e, "Coding").size();
            String raw;
            String inline = childText(e, "PlainTextContent");
            String plainPath = attr(e, "plainTextPath");
            String richPath = attr(e, "richTextPath");
            boolean fromDocx = false;
            if (inline != null) {
                raw = inline;
            } else if (plainPath != null && archive.internal(plainPath) != null) {
                raw = PlainText.decode(archive.internal(plainPath));
                if (raw == null) {
                    report.lost("refi.import.notUtf8", name, selectionCount);
                    return;
                }
            } else if (richPath != null && archive.internal(richPath) != null
                    && richPath.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                raw = PlainText.docx(archive.internal(richPath));
                fromDocx = true;
                if (raw == null) {
                    report.lost("refi.import.badDocx", name, selectionCount);
                    return;
                }
            } else if (plainPath != null && !plainPath.regionMatches(true, 0, "internal://", 0, 11)) {
                report.lost("refi.import.externalSource", name, selectionCount);
                return;
            } else {
                report.lost("refi.import.sourceFileMissing", name, selectionCount);
                return;
            }
            if (raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            // Positions as the file counts them -> positions in Campo's form of the text (LF, NFC).
            LineEndings.Converted lf = CampoText.of(raw, counting);
            String text = lf.text();
            int countedLength = lf.map().length - 1;
            String id = idOf("source", guid);
            Instant created = instant(attr(e, "creationDateTime"));
            Instant modified = attr(e, "modifiedDateTime") == null ? created : instant(attr(e, "modifiedDateTime"));
            Source present = knownSources.get(id);
            if (present == null) {
                // imported before under another id (an earlier Campo, or a tool that renews its GUIDs)
                present = existing.sources().stream().filter(x -> x.name().equals(name) && x.text().equals(text))
                        .findFirst().orElse(null);
                if (present != null) {
                    id = present.id();
                }
            }
            if (guid != null) {
                sourceOfGuid.put(guid, id);
            }
            if (present != null && !present.text().equals(text)) {
                // Positions of this project point into another text: none of its codings can be placed.
                int fresh = 0;
                NodeList cs = e.getElementsByTagNameNS(NS, "Coding");
                for (int i = 0; i < cs.getLength(); i++) {
                    String g = attr((Element) cs.item(i), "guid");
                    if (g == null || !knownCodings.contains(Guids.idOf("coding", g))) {
                        fresh++;
                    }
                }
                report.lost("refi.import.sourceChanged", name, fresh);
                ignoreNotes(e);
                return;
            }
            if (present == null) {
                String caseId = guid == null ? null : caseOfSource.get(guid);
                sources.add(new Source(id, name, SourceKind.DOCUMENT, caseId, null, text, created, modified));
            }
            int codingsBefore = codings.size();
            int thereBefore = codingsAlreadyThere;
            if (fromDocx) {
                report.lost("refi.import.fromDocx", name);
            }
            String sourceUser = Guids.normalize(attr(e, "creatingUser"));
            for (Element sel : children(e, "PlainTextSelection")) {
                selection(sel, id, name, text, lf, countedLength, sourceUser);
            }
            for (Element coding : children(e, "Coding")) {
                coding(coding, id, 0, lf.length(), sourceUser, null);
            }
            noteRefs(e, MemoTarget.SOURCE, id);
            String description = childText(e, "Description");
            if (description != null && !description.isBlank()) {
                addMemo(new Memo(derivedId("source-description", guid), MemoTarget.SOURCE, id, name,
                        description.strip(), importer, created, created));
            }
            if (present != null) {
                report.lost("refi.import.sourceAlreadyThere", name, codingsAlreadyThere - thereBefore,
                        codings.size() - codingsBefore);
            }
            if (!children(e, "VariableValue").isEmpty()) {
                report.lost("refi.import.sourceVariablesSkipped", name);
            }
        }

        private void selection(Element sel, String sourceId, String sourceName, String text,
                               LineEndings.Converted lf, int countedLength, String sourceUser) {
            int start;
            int end;
            try {
                start = Integer.parseInt(attr(sel, "startPosition").trim());
                end = Integer.parseInt(attr(sel, "endPosition").trim());
            } catch (RuntimeException ex) {
                report.lost("refi.import.badPosition", sourceName, attr(sel, "startPosition"), attr(sel, "endPosition"));
                return;
            }
            if (start < 0 || end < start || end > countedLength) {
                report.lost("refi.import.positionOutside", sourceName, start, end, countedLength,
                        children(sel, "Coding").size());
                return;
            }
            int from = lf.position(start);
            int to = lf.position(end);
            String user = Guids.normalize(attr(sel, "creatingUser"));
            if (user == null) {
                user = sourceUser;
            }
            Instant at = attr(sel, "creationDateTime") == null ? null : instant(attr(sel, "creationDateTime"));
            List<String> made = new ArrayList<>();
            for (Element c : children(sel, "Coding")) {
                String id = coding(c, sourceId, from, to, user, at);
                if (id != null) {
                    made.add(id);
                }
            }
            String selName = attr(sel, "name") != null ? attr(sel, "name") : QdpxExporter.excerpt(text, from, to);
            String selGuid = attr(sel, "guid");
            String description = childText(sel, "Description");
            if (made.isEmpty()) {
                // An uncoded quotation: its comment and notes stay with the source, the span in the title.
                if (description != null && !description.isBlank()) {
                    addMemo(new Memo(derivedId("quotation", selGuid), MemoTarget.SOURCE, sourceId,
                            "[" + from + "-" + to + "] " + selName,
                            description.strip(), importer, at == null ? clock.instant() : at,
                            at == null ? clock.instant() : at));
                    report.lost("refi.import.uncodedQuotation", sourceName, selName);
                } else if (children(sel, "Coding").isEmpty()) {
                    report.lost("refi.import.uncodedQuotation", sourceName, selName);
                }
                noteRefs(sel, MemoTarget.SOURCE, sourceId);
                return;
            }
            if (description != null && !description.isBlank()) {
                addMemo(new Memo(derivedId("selection-description", selGuid), MemoTarget.CODING, made.get(0), selName,
                        description.strip(), importer,
                        at == null ? clock.instant() : at, at == null ? clock.instant() : at));
            }
            noteRefs(sel, MemoTarget.CODING, made.get(0));
        }

        /** Adds one coding; returns its id, or null when it is left out (reported). */
        private String coding(Element c, String sourceId, int from, int to, String fallbackUser, Instant fallbackAt) {
            Element ref = child(c, "CodeRef");
            String codeId = ref == null ? null : codeOfGuid.get(Guids.normalize(attr(ref, "targetGUID")));
            if (codeId == null) {
                report.lost("refi.import.unknownCode", ref == null ? "?" : attr(ref, "targetGUID"));
                return null;
            }
            String user = Guids.normalize(attr(c, "creatingUser"));
            if (user == null) {
                user = fallbackUser;
            }
            String coderId = coder(user);
            if (coderId == null) {
                codingsWithoutCoder++;
                coderId = importer;
            }
            Instant at = attr(c, "creationDateTime") != null ? instant(attr(c, "creationDateTime"))
                    : fallbackAt != null ? fallbackAt : clock.instant();
            String id = idOf("coding", attr(c, "guid"));
            if (knownCodings.contains(id) || knownSpans.contains(span(sourceId, from, to, codeId, coderId))) {
                codingsAlreadyThere++;
            } else {
                codings.add(new Coding(id, sourceId, from, to, codeId, coderId, at, false));
            }
            noteRefs(c, MemoTarget.CODING, id);
            return id;
        }

        /** The Campo coder of a REFI user: a member or coder of the same name, else a new external coder. */
        private String coder(String userGuid) {
            if (userGuid == null) {
                return null;
            }
            return coderOfUser.computeIfAbsent(userGuid, g -> {
                String name = userNames.getOrDefault(g, g);
                for (Coder c : existing.coders()) {
                    if (c.name().equalsIgnoreCase(name.strip())) {
                        return c.id();
                    }
                }
                for (Coder c : newCoders) {
                    if (c.name().equalsIgnoreCase(name.strip())) {
                        return c.id();
                    }
                }
                Coder created = new Coder(ids.get(), name.strip(), true);
                newCoders.add(created);
                return created.id();
            });
        }

        // --- notes

        private void noteRefs(Element parent, MemoTarget target, String targetId) {
            for (Element ref : children(parent, "NoteRef")) {
                String guid = Guids.normalize(attr(ref, "targetGUID"));
                if (guid != null) {
                    noteTargets.computeIfAbsent(guid, k -> new ArrayList<>()).add(new Object[] {target, targetId});
                }
            }
        }

        /** The notes referred to inside a record that is left out are left out with it. */
        private void ignoreNotes(Element e) {
            NodeList refs = e.getElementsByTagNameNS(NS, "NoteRef");
            for (int i = 0; i < refs.getLength(); i++) {
                String guid = Guids.normalize(attr((Element) refs.item(i), "targetGUID"));
                if (guid != null) {
                    noteTargets.computeIfAbsent(guid, k -> new ArrayList<>()).add(new Object[] {null, null});
                }
            }
        }

        private void notes() {
            int files = 0;
            for (Element ns : children(project, "Notes")) {
                for (Element n : children(ns, "Note")) {
                    String guid = Guids.normalize(attr(n, "guid"));
                    String title = attr(n, "name") == null ? "" : attr(n, "name");
                    String text = childText(n, "PlainTextContent");
                    if (text == null && attr(n, "plainTextPath") != null) {
                        byte[] bytes = archive.internal(attr(n, "plainTextPath"));
                        text = bytes == null ? null : PlainText.decode(bytes);
                    }
                    if (text == null) {
                        String description = childText(n, "Description");
                        if (description == null) {
                            files++;
                            continue;
                        }
                        text = description;
                    }
                    text = CampoText.of(text.startsWith("\uFEFF") ? text.substring(1) : text, true).text();
                    String author = coderIfMember(Guids.normalize(attr(n, "creatingUser")));
                    Instant created = instant(attr(n, "creationDateTime"));
                    Instant updated = attr(n, "modifiedDateTime") == null ? created : instant(attr(n, "modifiedDateTime"));
                    List<Object[]> targets = guid == null ? null : noteTargets.get(guid);
                    if (targets == null || targets.isEmpty()) {
                        addMemo(new Memo(idOf("note", guid), MemoTarget.PROJECT, null, title, text, author, created,
                                updated));
                        continue;
                    }
                    boolean first = true;
                    for (Object[] t : targets) {
                        if (t[0] == null) {
                            continue; // on a source left out: the note stays out with it
                        }
                        String id = first ? idOf("note", guid)
                                : derivedId("note:" + t[0] + ":" + t[1], guid);
                        first = false;
                        addMemo(new Memo(id, (MemoTarget) t[0], (String) t[1], title, text, author, created,
                                updated));
                    }
                }
            }
            if (files > 0) {
                report.lost("refi.import.notesWithoutText", files);
            }
        }

        private String coderIfMember(String userGuid) {
            if (userGuid != null) {
                String name = userNames.get(userGuid);
                if (name != null) {
                    for (Coder c : existing.coders()) {
                        if (!c.external() && c.name().equalsIgnoreCase(name.strip())) {
                            return c.id();
                        }
                    }
                }
            }
            return importer;
        }

        private Instant instant(String text) {
            if (text != null) {
                String t = text.trim();
                try {
                    return OffsetDateTime.parse(t).toInstant();
                } catch (RuntimeException e) {
                    try {
                        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
                    } catch (RuntimeException e2) {
                        LOG.fine(() -> "unreadable REFI-QDA date " + t);
                    }
                }
            }
            return clock.instant();
        }
    }
}
