package org.campo.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.campo.common.CampoException;
import org.campo.common.Messages;
import org.campo.model.CaseAttribute;
import org.campo.model.ParticipantRow;
import org.campo.qda.SourceCache.Entry;
import org.campo.model.Source;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;

/**
 * Finding text again: all segments of a code (its sub-codes included) with their attribution
 * and a little context, filtered by case attributes; and full-text search across sources that
 * ignores case and accents. Search runs over texts folded in memory after unlock; nothing of
 * it is written to disk.
 */
public final class Retrieval {
    /** Code points of context shown on each side of a segment or a hit. */
    public static final int CONTEXT = 60;
    private final QdaContext ctx;
    private final CaseService cases;
    private final AttributeLabels labels;

    Retrieval(QdaContext ctx, CaseService cases, AttributeLabels labels) {
        this.labels = labels;
        this.ctx = ctx;
        this.cases = cases;
    }

    /**
     * The segments of a code and its sub-codes the member sees, by source name then position.
     *
     * @param where attribute name to value a segment's case must have (compared ignoring case
     *              and accents); empty for all. A value may be the stored option name or its
     *              label in Spanish or English ({@code source_group=Cooperación internacional}).
     *              An attribute no case has, or a value no case has for it, is refused with a
     *              clear error rather than giving an empty list.
     */
    public List<Segment> segments(String codeId, Map<String, String> where) {
        ctx.require();
        Map<String, Code> codes = ctx.codesById();
        if (!codes.containsKey(codeId)) {
            throw new CampoException("qda.code.notFound", codeId);
        }
        where = checkFilter(where);
        List<Coding> codings = ctx.lens.filter(ctx.study.changes()
                .read(r -> r.codings().ofCodes(QdaContext.descendantsAndSelf(codeId, codes))));
        Map<String, Source> sources = new HashMap<>();
        Map<String, Entry> entries = new HashMap<>();
        ctx.cache.all().forEach(e -> {
            sources.put(e.source().id(), e.source());
            entries.put(e.source().id(), e);
        });
        Map<String, CaseRecord> caseRecords = new HashMap<>();
        Map<String, ParticipantRow> participants = new HashMap<>();
        ctx.study.changes().read(r -> r.participants().all()).forEach(p -> participants.put(p.id(), p));
        Map<String, String> coders = ctx.coderNames();
        List<Segment> out = new ArrayList<>();
        for (Coding k : codings) {
            Source s = sources.get(k.sourceId());
            if (s == null) {
                continue;
            }
            CaseRecord cr = s.caseId() == null ? null : caseRecords.computeIfAbsent(s.caseId(), id -> {
                ParticipantRow p = participants.get(id);
                return p == null ? null : cases.record(p, ctx.study.changes().read(r -> r.caseAttributes().of(id)));
            });
            if (!matches(cr, where)) {
                continue;
            }
            SearchText.Positions p = entries.get(s.id()).positions();
            int length = p.length();
            int end = Math.min(k.end(), length);
            int start = Math.min(k.start(), end);
            out.add(new Segment(k, QdaContext.path(codes.get(k.codeId()), codes), s.id(), s.name(), s.caseId(),
                    cr == null ? null : cr.code(), coders.getOrDefault(k.coderId(), k.coderId()),
                    p.slice(Math.max(0, start - CONTEXT), start), p.slice(start, end),
                    p.slice(end, Math.min(length, end + CONTEXT)), cr == null ? Map.of() : cr.attributes(), cr != null && cr.directQuotation()));
        }
        out.sort(java.util.Comparator.comparing(Segment::sourceName).thenComparing(Segment::sourceId)
                .thenComparingInt(g -> g.coding().start()).thenComparingInt(g -> g.coding().end()));
        return out;
    }

    /**
     * A filter must name an attribute some case has and a value some case has for it (compared
     * as {@link #matches} compares, or the label of a stored option), so that a misspelt name or
     * value is a clear error instead of an empty list. The values are listed in the error (with
     * their labels) unless the attribute is sensitive. Returns the filter with labels replaced by
     * the stored option names.
     */
    private Map<String, String> checkFilter(Map<String, String> where) {
        if (where == null || where.isEmpty()) {
            return where;
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        Map<String, TreeSet<String>> values = new TreeMap<>();
        Set<String> sensitive = new HashSet<>();
        for (CaseAttribute a : ctx.study.changes().read(r -> r.caseAttributes().all())) {
            TreeSet<String> v = values.computeIfAbsent(a.name(), k -> new TreeSet<>());
            if (a.value() != null) {
                v.add(a.value());
            }
            if (a.sensitive()) {
                sensitive.add(a.name());
            }
        }
        for (Map.Entry<String, String> w : where.entrySet()) {
            TreeSet<String> known = values.get(w.getKey());
            if (known == null) {
                throw new CampoException("qda.where.unknownAttribute", w.getKey(), String.join(", ", values.keySet()));
            }
            String value = w.getValue().strip();
            if (!has(known, value)) {
                for (Locale l : Messages.SUPPORTED) {
                    String stored = labels.in(l).storedValueOf(w.getKey(), value);
                    if (!stored.equals(value) && has(known, stored)) {
                        value = stored;
                        break;
                    }
                }
            }
            if (!has(known, value)) {
                AttributeDisplay display = labels.in(Messages.locale());
                throw sensitive.contains(w.getKey())
                        ? new CampoException("qda.where.unknownSensitiveValue", w.getKey(), w.getValue().strip())
                        : new CampoException("qda.where.unknownValue", w.getKey(), w.getValue().strip(),
                                String.join(", ", known.stream().map(v -> {
                                    String label = display.value(w.getKey(), v);
                                    return label.equals(v) ? v : v + " (" + label + ")";
                                }).toList()));
            }
            resolved.put(w.getKey(), value);
        }
        return resolved;
    }

    private static boolean has(Set<String> known, String value) {
        String wanted = SearchText.fold(value);
        return known.stream().anyMatch(v -> SearchText.fold(v).equals(wanted));
    }

    private static boolean matches(CaseRecord cr, Map<String, String> where) {
        if (where == null || where.isEmpty()) {
            return true;
        }
        if (cr == null) {
            return false;
        }
        for (Map.Entry<String, String> w : where.entrySet()) {
            String v = cr.attributes().get(w.getKey());
            if (v == null || !SearchText.fold(v).equals(SearchText.fold(w.getValue().strip()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every place the query occurs, ignoring case and accents ({@code migracion} finds
     * {@code migración}): first in the sources' texts, by source name then position, then in the
     * memos the member may read. The texts are folded in memory after unlock and kept up to date
     * as sources change; nothing of it is written to disk.
     */
    public List<SearchHit> search(String query) {
        ctx.require();
        String folded = query == null ? "" : SearchText.fold(query.strip());
        if (folded.isEmpty()) {
            throw new CampoException("qda.search.empty");
        }
        Map<String, String> caseCodes = ctx.participantCodes();
        List<SearchHit> out = new ArrayList<>();
        Map<String, Source> byId = new HashMap<>();
        for (Entry e : ctx.cache.all()) {
            Source s = e.source();
            byId.put(s.id(), s);
            String caseCode = s.caseId() == null ? null : caseCodes.get(s.caseId());
            SearchText.Positions p = e.searchText().positions();
            for (int[] h : e.searchText().find(folded)) {
                out.add(new SearchHit(s.id(), s.name(), caseCode, null, h[0], h[1],
                        p.slice(Math.max(0, h[0] - CONTEXT), h[0]), p.slice(h[0], h[1]),
                        p.slice(h[1], Math.min(p.length(), h[1] + CONTEXT))));
            }
        }
        Map<String, Code> codes = null;
        for (Memo m : ctx.study.changes().read(r -> r.memos().all())) {
            SearchText text = SearchText.of(m.text());
            List<int[]> found = text.find(folded);
            if (found.isEmpty()) {
                continue;
            }
            String sourceId = null;
            String name = null;
            switch (m.target()) {
                case SOURCE -> sourceId = m.targetId();
                case CODING -> {
                    Coding k = ctx.study.changes().read(r -> r.codings().findById(m.targetId())).orElse(null);
                    if (k == null || !ctx.lens.shows(k)) {
                        continue;
                    }
                    sourceId = k.sourceId();
                }
                case CODE -> {
                    codes = codes == null ? ctx.codesById() : codes;
                    Code c = codes.get(m.targetId());
                    name = c == null ? null : QdaContext.path(c, codes);
                }
                default -> {
                }
            }
            Source s = sourceId == null ? null : byId.get(sourceId);
            if (sourceId != null && s == null) {
                continue;
            }
            String caseCode = s == null || s.caseId() == null ? null : caseCodes.get(s.caseId());
            SearchText.Positions p = text.positions();
            for (int[] h : found) {
                out.add(new SearchHit(sourceId, s == null ? name : s.name(), caseCode, m.id(), h[0], h[1],
                        p.slice(Math.max(0, h[0] - CONTEXT), h[0]), p.slice(h[0], h[1]),
                        p.slice(h[1], Math.min(p.length(), h[1] + CONTEXT))));
            }
        }
        return out;
    }

    /** Whether a hit found earlier still stands on the same words (its source may have changed since). */
    static boolean stillThere(QdaContext ctx, SearchHit hit) {
        if (hit.inMemo() || hit.sourceId() == null) {
            return false;
        }
        Source s = ctx.cache.get(hit.sourceId());
        if (s == null || hit.end() > s.length() || hit.start() < 0 || hit.end() <= hit.start()) {
            return false;
        }
        return SearchText.fold(TextPositions.slice(s.text(), hit.start(), hit.end())).equals(SearchText.fold(hit.match()));
    }

    static String before(String text, int start) {
        int from = Math.max(0, start - CONTEXT);
        return TextPositions.slice(text, from, start);
    }

    static String after(String text, int end) {
        int length = text.codePointCount(0, text.length());
        return TextPositions.slice(text, end, Math.min(length, end + CONTEXT));
    }
}
