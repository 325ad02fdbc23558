package org.campo.qda.triangulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.common.CampoException;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.CodeTree;
import org.campo.model.Coding;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.qda.TextPositions;

/**
 * Turns coded segments into quotes. The rules a report must keep:
 * <ul>
 *   <li>a segment of a participant who refused direct quotation is never a quote; it is counted
 *       so the report can say how many were withheld;</li>
 *   <li>a quote is attributed by group attributes (source group, city), never by the
 *       pseudonymous code unless the coordinator asks;</li>
 *   <li>a sensitive attribute (gender identity, sexual orientation...) is left out of an
 *       attribution unless the coordinator opts in.</li>
 * </ul>
 * The same stretch coded by several coders is one quote, and a quote inside another is not repeated. Sources without a case are quoted with
 * the source's kind only when they are documents; interview text without a case is withheld,
 * since nobody's consent covers it.
 */
public final class Quotes {
    private final AttributeDisplay display;

    /** Quotes attributed by the values as stored. */
    public Quotes() {
        this(AttributeDisplay.STORED);
    }

    /** Quotes attributed by the values as the display reads them (the form options' labels). */
    public Quotes(AttributeDisplay display) {
        this.display = display;
    }

    public QuoteBank bank(QdaSnapshot snapshot, QuoteOptions options) {
        CodeTree tree = new CodeTree(snapshot.codes());
        Set<String> wanted = null;
        if (options.codeId() != null) {
            wanted = tree.withDescendants(options.codeId());
            if (wanted.isEmpty()) {
                throw new CampoException("qda.agreement.unknownCode", options.codeId());
            }
        }
        Map<String, CaseRecord> cases = new HashMap<>();
        snapshot.cases().forEach(c -> cases.put(c.id(), c));
        Map<String, Source> sources = new HashMap<>();
        snapshot.sources().forEach(s -> sources.put(s.id(), s));

        Map<String, Map<String, Quote>> byCode = new LinkedHashMap<>();
        int withheld = 0;
        Set<String> withheldCases = new HashSet<>();
        Set<String> seenWithheld = new HashSet<>();
        for (Coding coding : snapshot.codings()) {
            if (coding.detached() || (wanted != null && !wanted.contains(coding.codeId()))) {
                continue;
            }
            Source source = sources.get(coding.sourceId());
            if (source == null || coding.end() <= coding.start() || coding.end() > source.length()) {
                continue;
            }
            String stretch = coding.codeId() + "|" + source.id() + "|" + coding.start() + "|" + coding.end();
            CaseRecord c = source.caseId() == null ? null : cases.get(source.caseId());
            if (c == null || !c.directQuotation()) {
                if (seenWithheld.add(stretch)) {
                    withheld++;
                }
                withheldCases.add(c == null ? "source:" + source.id() : c.id());
                continue;
            }
            String text = TextPositions.slice(source.text(), coding.start(), coding.end()).strip();
            byCode.computeIfAbsent(coding.codeId(), k -> new LinkedHashMap<>()).putIfAbsent(stretch,
                    new Quote(coding.codeId(), source.id(), c.id(), coding.start(), coding.end(), text,
                            attribution(c, options, display)));
        }
        Comparator<Quote> order = Comparator.comparing((Quote q) -> sources.get(q.sourceId()).name())
                .thenComparing(Quote::sourceId).thenComparingInt(Quote::start);
        List<CodeQuotes> out = new ArrayList<>();
        for (Code code : tree.depthFirst()) {
            if (wanted != null && !wanted.contains(code.id())) {
                continue;
            }
            List<Quote> quotes = withoutContained(new ArrayList<>(byCode.getOrDefault(code.id(), Map.of()).values()));
            quotes.sort(order);
            out.add(new CodeQuotes(code, tree.path(code.id()), tree.depth(code.id()), quotes));
        }
        return new QuoteBank(snapshot.studyName(), out, withheld, withheldCases.size());
    }

    /**
     * Leaves out quotes that lie inside another quote of the same source (two coders coding a
     * sentence and the paragraph around it, or a parent and a sub-code): the reader sees the
     * words once, in the longer quote.
     */
    public static List<Quote> withoutContained(List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparing(Quote::sourceId).thenComparingInt(Quote::start)
                .thenComparing(Comparator.comparingInt(Quote::end).reversed()));
        List<Quote> kept = new ArrayList<>();
        for (Quote q : sorted) {
            boolean inside = false;
            for (Quote k : kept) {
                if (k.sourceId().equals(q.sourceId()) && k.start() <= q.start() && q.end() <= k.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(q);
            }
        }
        return kept;
    }

    /**
     * The attribution of a case's quotes: the values of the attribution attributes it has, sensitive
     * ones only when opted in, and the participant code at the end only when asked.
     */
    public static String attribution(CaseRecord c, QuoteOptions options) {
        return attribution(c, options, AttributeDisplay.STORED);
    }

    /** The attribution of a case's quotes, each value as the display reads it. */
    public static String attribution(CaseRecord c, QuoteOptions options, AttributeDisplay display) {
        List<String> parts = new ArrayList<>();
        for (String a : options.attribution()) {
            String v = c.attributes().get(a);
            if (v == null || v.isBlank()) {
                continue;
            }
            if (c.sensitive().contains(a) && !options.includeSensitive()) {
                continue;
            }
            parts.add(display.value(a, v.trim()));
        }
        if (options.showParticipantCode() && c.code() != null) {
            parts.add(c.code());
        }
        return String.join(", ", parts);
    }
}
