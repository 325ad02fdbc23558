package org.campo.qda.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campo.common.CampoException;
import org.campo.model.Code;
import org.campo.qda.CodeTree;
import org.campo.qda.Coder;
import org.campo.model.Coding;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.HubertKappaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Inter-coder agreement from a study's codings, with the statistics of DKPro Agreement.
 *
 * <ul>
 *   <li><b>Percent agreement and Cohen's kappa</b> at the character level, as NVivo documents its
 *       coding comparison: for one code in one source every character is a unit that each coder
 *       either coded with the code or not, uncoded text included (it counts as agreement not to
 *       code). The units go to DKPro's {@link CohenKappaAgreement} and
 *       {@link PercentageAgreement} (three or more coders: {@link HubertKappaAgreement}, the
 *       multi-rater generalisation of Cohen's kappa). Only pairs of code and source that at least
 *       one coder used are reported: a pair nobody used would count as perfect agreement and
 *       inflate every average (the known complaint about uncoded text). Over several sources or
 *       codes the figures are averaged weighted by size, the way NVivo documents averaging.</li>
 *   <li><b>Krippendorff's unitized alpha</b> ({@link KrippendorffAlphaUnitizingAgreement}): the
 *       source is the continuum, each coder's coded stretches of a code are units of that
 *       category and the gaps between them are part of the measure as Krippendorff defines it.
 *       Over several sources the continua are laid end to end.</li>
 * </ul>
 * Only sources that every compared coder coded are compared (blind mode assigns the same
 * sources); detached codings (their words were deleted) are left out.
 */
public final class InterCoderAgreement {
    private static final String CODED = "coded";
    private static final String NOT_CODED = "not coded";

    /** Computes the report, or fails with a located message for an unknown coder or code. */
    public AgreementReport compute(QdaSnapshot snapshot, AgreementRequest request) {
        List<Coder> coders = resolveCoders(snapshot, request.coderIds());
        CodeTree tree = new CodeTree(snapshot.codes());
        List<Code> codes = new ArrayList<>();
        Set<String> wanted = request.codeId() == null ? null : tree.withDescendants(request.codeId());
        if (wanted != null && wanted.isEmpty()) {
            throw new CampoException("qda.agreement.unknownCode", request.codeId());
        }
        for (Code c : tree.depthFirst()) {
            if (wanted == null || wanted.contains(c.id())) {
                codes.add(c);
            }
        }
        Map<String, Integer> coderIndex = new HashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i).id(), i);
        }
        // source -> code -> coder -> merged intervals
        Map<String, Map<String, List<List<int[]>>>> spans = new HashMap<>();
        Map<String, Set<Integer>> codersPerSource = new HashMap<>();
        Map<String, Source> sourcesById = new LinkedHashMap<>();
        snapshot.sources().forEach(s -> sourcesById.put(s.id(), s));
        Map<String, Map<String, List<List<int[]>>>> raw = new HashMap<>();
        for (Coding coding : snapshot.codings()) {
            Integer idx = coderIndex.get(coding.coderId());
            Source source = sourcesById.get(coding.sourceId());
            if (idx == null || coding.detached() || source == null) {
                continue;
            }
            codersPerSource.computeIfAbsent(source.id(), k -> new TreeSet<>()).add(idx);
            if (!containsCode(codes, coding.codeId())) {
                continue;
            }
            int length = source.length();
            int start = Math.min(coding.start(), length);
            int end = Math.min(coding.end(), length);
            if (end <= start) {
                continue;
            }
            raw.computeIfAbsent(source.id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(coding.codeId(), k -> emptyLists(coders.size()))
                    .get(idx).add(new int[] {start, end});
        }
        raw.forEach((sourceId, byCode) -> {
            Map<String, List<List<int[]>>> merged = new HashMap<>();
            byCode.forEach((codeId, perCoder) -> {
                List<List<int[]>> m = new ArrayList<>();
                perCoder.forEach(list -> m.add(merge(list)));
                merged.put(codeId, m);
            });
            spans.put(sourceId, merged);
        });

        List<Source> compared = new ArrayList<>();
        int skipped = 0;
        for (Source s : snapshot.sources()) {
            Set<Integer> who = codersPerSource.getOrDefault(s.id(), Set.of());
            if (who.size() == coders.size() && s.length() > 0) {
                compared.add(s);
            } else if (!who.isEmpty()) {
                skipped++;
            }
        }

        List<AgreementRow> cells = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        Map<String, List<AgreementFigures>> cellsByCode = new LinkedHashMap<>();
        Map<String, List<AgreementFigures>> cellsBySource = new LinkedHashMap<>();
        List<AgreementFigures> all = new ArrayList<>();
        for (Source s : compared) {
            Map<String, List<List<int[]>>> bySourceCode = spans.getOrDefault(s.id(), Map.of());
            for (Code c : codes) {
                List<List<int[]>> perCoder = bySourceCode.get(c.id());
                if (perCoder == null) {
                    continue;
                }
                long[] tally = tally(s.length(), perCoder, s.id(), c.id(), coders, differences);
                AgreementFigures f = characterFigures(coders.size(), tally,
                        alpha(coders.size(), List.of(new Continuum(s.length(), Map.of(c.id(), perCoder)))));
                cells.add(new AgreementRow(c.id(), s.id(), f));
                cellsByCode.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(f);
                cellsBySource.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(f);
                all.add(f);
            }
        }

        List<AgreementRow> perCode = new ArrayList<>();
        for (Code c : codes) {
            List<AgreementFigures> list = cellsByCode.get(c.id());
            if (list == null) {
                continue;
            }
            List<Continuum> continua = new ArrayList<>();
            for (Source s : compared) {
                List<List<int[]>> perCoder = spans.getOrDefault(s.id(), Map.of()).get(c.id());
                continua.add(new Continuum(s.length(), perCoder == null ? Map.of() : Map.of(c.id(), perCoder)));
            }
            perCode.add(new AgreementRow(c.id(), null, weighted(list, alpha(coders.size(), continua))));
        }
        List<AgreementRow> perSource = new ArrayList<>();
        for (Source s : compared) {
            List<AgreementFigures> list = cellsBySource.get(s.id());
            if (list == null) {
                continue;
            }
            perSource.add(new AgreementRow(null, s.id(),
                    weighted(list, alpha(coders.size(), List.of(continuum(s, spans, codes))))));
        }
        List<Continuum> everything = new ArrayList<>();
        for (Source s : compared) {
            everything.add(continuum(s, spans, codes));
        }
        AgreementRow overall = new AgreementRow(null, null, all.isEmpty()
                ? new AgreementFigures(0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN)
                : weighted(all, alpha(coders.size(), everything)));
        return new AgreementReport(snapshot.studyName(), coders, codes, compared, skipped, List.copyOf(cells),
                List.copyOf(perCode), List.copyOf(perSource), overall, List.copyOf(differences));
    }

    private static boolean containsCode(List<Code> codes, String id) {
        for (Code c : codes) {
            if (c.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Continuum continuum(Source s, Map<String, Map<String, List<List<int[]>>>> spans, List<Code> codes) {
        Map<String, List<List<int[]>>> byCode = new LinkedHashMap<>();
        Map<String, List<List<int[]>>> here = spans.getOrDefault(s.id(), Map.of());
        for (Code c : codes) {
            if (here.containsKey(c.id())) {
                byCode.put(c.id(), here.get(c.id()));
            }
        }
        return new Continuum(s.length(), byCode);
    }

    private static List<Coder> resolveCoders(QdaSnapshot snapshot, List<String> wanted) {
        Set<String> distinct = new LinkedHashSet<>(wanted);
        if (distinct.size() < 2) {
            throw new CampoException("qda.agreement.twoCoders");
        }
        List<Coder> out = new ArrayList<>();
        for (String w : distinct) {
            Coder found = null;
            for (Coder c : snapshot.coders()) {
                if (c.id().equals(w) || c.name().equalsIgnoreCase(w.trim())) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                throw new CampoException("qda.agreement.unknownCoder", w);
            }
            out.add(found);
        }
        return out;
    }

    private static List<List<int[]>> emptyLists(int n) {
        List<List<int[]>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /** Sorted union of [start, end) intervals: overlapping ones are joined, touching ones stay two units. */
    static List<int[]> merge(List<int[]> intervals) {
        List<int[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : sorted) {
            if (!out.isEmpty() && iv[0] < out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else {
                out.add(new int[] {iv[0], iv[1]});
            }
        }
        return out;
    }

    /**
     * Characters per pattern of coders (bit i set = coder i coded), over [0, length); records
     * stretches of disagreement on the way.
     */
    private static long[] tally(int length, List<List<int[]>> perCoder, String sourceId, String codeId,
                                List<Coder> coders, List<Difference> differences) {
        int n = perCoder.size();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        perCoder.forEach(list -> list.forEach(iv -> {
            cuts.add(iv[0]);
            cuts.add(iv[1]);
        }));
        long[] counts = new long[1 << n];
        int full = (1 << n) - 1;
        Integer prev = null;
        int runStart = -1;
        int runPattern = 0;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                int pattern = 0;
                for (int i = 0; i < n; i++) {
                    if (covers(perCoder.get(i), prev)) {
                        pattern |= 1 << i;
                    }
                }
                counts[pattern] += cut - prev;
                boolean differs = pattern != 0 && pattern != full;
                if (runStart >= 0 && (!differs || pattern != runPattern)) {
                    differences.add(difference(sourceId, codeId, runStart, prev, runPattern, coders));
                    runStart = -1;
                }
                if (differs && runStart < 0) {
                    runStart = prev;
                    runPattern = pattern;
                }
            }
            prev = cut;
        }
        if (runStart >= 0) {
            differences.add(difference(sourceId, codeId, runStart, length, runPattern, coders));
        }
        return counts;
    }

    private static Difference difference(String sourceId, String codeId, int start, int end, int pattern,
                                         List<Coder> coders) {
        List<String> who = new ArrayList<>();
        for (int i = 0; i < coders.size(); i++) {
            if ((pattern & (1 << i)) != 0) {
                who.add(coders.get(i).id());
            }
        }
        return new Difference(sourceId, codeId, start, end, List.copyOf(who));
    }

    private static boolean covers(List<int[]> intervals, int pos) {
        for (int[] iv : intervals) {
            if (iv[0] <= pos && pos < iv[1]) {
                return true;
            }
            if (iv[0] > pos) {
                return false;
            }
        }
        return false;
    }

    /**
     * Percent agreement and kappa from per-character units: each pattern of coders is added to a
     * DKPro coding study as many times as it has characters.
     */
    static AgreementFigures characterFigures(int coders, long[] tally, double alpha) {
        long units = 0;
        for (long t : tally) {
            units += t;
        }
        int full = (1 << coders) - 1;
        long all = tally[full];
        long none = tally[0];
        long some = units - all - none;
        if (some == 0 && (all == 0 || none == 0)) {
            // One category only: the coders agree on every character; kappa is 1 by NVivo's reading.
            return new AgreementFigures(units, all, some, none, 1.0, 1.0, alpha);
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
        for (int pattern = 0; pattern < tally.length; pattern++) {
            if (tally[pattern] == 0) {
                continue;
            }
            Object[] values = new Object[coders];
            for (int i = 0; i < coders; i++) {
                values[i] = (pattern & (1 << i)) != 0 ? CODED : NOT_CODED;
            }
            study.addMultipleItems(Math.toIntExact(tally[pattern]), values);
        }
        double percent = new PercentageAgreement(study).calculateAgreement();
        double kappa = coders == 2 ? new CohenKappaAgreement(study).calculateAgreement()
                : new HubertKappaAgreement(study).calculateAgreement();
        return new AgreementFigures(units, all, some, none, percent, kappa, alpha);
    }

    /** The NVivo way of averaging over sources or codes: weighted by the characters compared. */
    private static AgreementFigures weighted(List<AgreementFigures> parts, double alpha) {
        long units = 0;
        long all = 0;
        long some = 0;
        long none = 0;
        double percent = 0;
        double kappa = 0;
        for (AgreementFigures f : parts) {
            units += f.units();
            all += f.allCoded();
            some += f.someCoded();
            none += f.noneCoded();
            percent += f.percent() * f.units();
            kappa += f.kappa() * f.units();
        }
        return new AgreementFigures(units, all, some, none, percent / units, kappa / units, alpha);
    }

    /** One source's text as a continuum, with each code's merged stretches per coder. */
    private record Continuum(int length, Map<String, List<List<int[]>>> byCode) {
    }

    /**
     * Krippendorff's unitized alpha over continua laid end to end; {@code NaN} when no coder coded
     * anything in them.
     */
    static double alpha(int coders, List<Continuum> continua) {
        long total = 0;
        for (Continuum c : continua) {
            total += c.length();
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, 0, total);
        long offset = 0;
        boolean any = false;
        for (Continuum c : continua) {
            for (Map.Entry<String, List<List<int[]>>> e : c.byCode().entrySet()) {
                List<List<int[]>> perCoder = e.getValue();
                for (int r = 0; r < perCoder.size(); r++) {
                    for (int[] iv : perCoder.get(r)) {
                        study.addUnit(offset + iv[0], (long) iv[1] - iv[0], r, e.getKey());
                        any = true;
                    }
                }
            }
            offset += c.length();
        }
        if (!any) {
            return Double.NaN;
        }
        return new KrippendorffAlphaUnitizingAgreement(study).calculateAgreement();
    }
}
