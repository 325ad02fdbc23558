package org.campo.qda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.Coding;
import org.campo.model.Source;
import org.campo.qda.agreement.AgreementFigures;
import org.campo.qda.agreement.AgreementRequest;
import org.campo.qda.agreement.InterCoderAgreement;
import org.campo.store.Repositories;

/**
 * Consensus coding of two coders who coded the same sources independently (blind mode): every
 * stretch where they differ on a code is reviewed, and the decision (coder A's version, coder
 * B's, both, or neither) is recorded as a <em>third set of codings</em>, under a consensus coder
 * of the pair, while both coders' own codings stay as they were.
 *
 * <p>Why a third set rather than editing one coder's codings: the agreement a study reports is
 * the one before discussion, and it must stay reproducible; MAXQDA keeps each coder's document
 * and the reconciled one apart, and NVivo teams record the agreed coding as a separate user for
 * the same reason. The stretches both coders coded identically go into the consensus set when it
 * is started. Figures before (coder A against coder B) and after (each coder against the
 * consensus) come from DKPro Agreement through {@link InterCoderAgreement}.
 *
 * <p>The consensus coder is not a study member: its id and name ("ana + rosa") are kept in a
 * study setting sealed under the data key, like coders imported from other tools, together with
 * the decisions taken (so "neither" is remembered too). Every decision is one audited change.
 */
public final class ConsensusService {
    static final String CODERS = "qda.consensusCoders";
    static final String DECISIONS = "qda.consensusDecisions.";
    private final QdaContext ctx;
    private final Supplier<QdaSnapshot> snapshots;

    /** What the reviewer keeps of a disagreement. */
    public enum Decision {
        /** The first coder's codings there. */
        FIRST,
        /** The second coder's codings there. */
        SECOND,
        /** Everything either coder coded there. */
        BOTH,
        /** Nothing: the code does not apply there. */
        NEITHER
    }

    /**
     * A stretch of a source where the two coders differ on a code: their codings there, merged
     * per coder, as [start, end) code points.
     *
     * @param decision the decision recorded, or {@code null} while it is open
     */
    public record Item(String sourceId, String sourceName, String caseCode, String codeId, String codePath, int start,
                       int end, List<int[]> first, List<int[]> second, String firstWords, String secondWords,
                       Decision decision) {
    }

    /**
     * The review of two coders: the stretches to decide, how many were identical, and the
     * agreement before (first against second) and after (each against the consensus; {@code null}
     * before the consensus is started).
     */
    public record Review(Coder first, Coder second, Coder consensus, List<Item> items, int agreed,
                         AgreementFigures before, AgreementFigures firstAfter, AgreementFigures secondAfter) {
        public long decided() {
            return items.stream().filter(i -> i.decision() != null).count();
        }
    }

    ConsensusService(QdaContext ctx, Supplier<QdaSnapshot> snapshots) {
        this.ctx = ctx;
        this.snapshots = snapshots;
    }

    /** Consensus coders recorded in the study (they code nothing themselves; they hold decisions). */
    public List<Coder> coders() {
        ctx.require();
        return ctx.study.changes().read(r -> coders(r).stream().map(Pair::coder).toList());
    }

    /** The review of two coders as it stands; stores nothing. */
    public Review review(String firstId, String secondId) {
        Two two = twoCoders(firstId, secondId);
        QdaSnapshot s = two.snapshot();
        Coder a = two.first();
        Coder b = two.second();
        Pair pair = ctx.study.changes().read(r -> find(r, a.id(), b.id())).orElse(null);
        Map<String, Decision> decisions = pair == null ? Map.of()
                : ctx.study.changes().read(r -> decisions(r, pair.coder().id()));
        Plan plan = plan(s, a, b, pair == null ? null : pair.coder().id(), decisions);
        InterCoderAgreement agreement = new InterCoderAgreement();
        AgreementFigures before = agreement.compute(s, new AgreementRequest(List.of(a.id(), b.id()), null))
                .overall().figures();
        AgreementFigures firstAfter = null;
        AgreementFigures secondAfter = null;
        if (pair != null && s.codings().stream().anyMatch(k -> k.coderId().equals(pair.coder().id()))) {
            firstAfter = agreement.compute(s, new AgreementRequest(List.of(a.id(), pair.coder().id()), null))
                    .overall().figures();
            secondAfter = agreement.compute(s, new AgreementRequest(List.of(b.id(), pair.coder().id()), null))
                    .overall().figures();
        }
        return new Review(a, b, pair == null ? null : pair.coder(), plan.items, plan.agreed.size(), before, firstAfter,
                secondAfter);
    }

    /**
     * Starts the consensus of two coders (or brings it up to date): creates their consensus
     * coder once, and copies into its set every stretch the two coded identically that it does
     * not hold yet, in one audited change.
     */
    public Review start(String firstId, String secondId) {
        Two two = twoCoders(firstId, secondId);
        QdaSnapshot s = two.snapshot();
        Coder a = two.first();
        Coder b = two.second();
        Pair existing = ctx.study.changes().read(r -> find(r, a.id(), b.id())).orElse(null);
        String consensusId = existing == null ? Ids.newId() : existing.coder().id();
        Plan plan = plan(s, a, b, consensusId, Map.of());
        List<Coding> held = s.codings().stream().filter(k -> k.coderId().equals(consensusId) && !k.detached()).toList();
        List<Seg> toAdd = new ArrayList<>();
        for (Seg g : plan.agreed) {
            boolean there = held.stream().anyMatch(k -> k.sourceId().equals(g.sourceId) && k.codeId().equals(g.codeId)
                    && k.start() == g.start && k.end() == g.end);
            if (!there) {
                toAdd.add(g);
            }
        }
        if (existing == null || !toAdd.isEmpty()) {
            ctx.study.changes().run(c -> {
                if (existing == null) {
                    List<Pair> all = new ArrayList<>(coders(c.repositories()));
                    all.add(new Pair(new Coder(consensusId, a.name() + " + " + b.name(), true), a.id(), b.id()));
                    c.repositories().settings().setSealedSetting(CODERS, write(all));
                }
                for (Seg g : toAdd) {
                    c.repositories().codings().add(new Coding(Ids.newId(), g.sourceId, g.start, g.end, g.codeId,
                            consensusId, ctx.now(), false));
                }
                c.audit(AuditAction.QDA_CONSENSUS, "coder", consensusId, false, "started first=" + a.id()
                        + " second=" + b.id() + " agreed segments copied=" + toAdd.size());
            });
        }
        return review(a.id(), b.id());
    }

    /**
     * Records the reviewer's decision on one stretch: the consensus set's codings of that code
     * there are replaced by the chosen ones, in one audited change. The consensus must be started.
     */
    public Review decide(String firstId, String secondId, Item item, Decision decision) {
        Two two = twoCoders(firstId, secondId);
        QdaSnapshot s = two.snapshot();
        Coder a = two.first();
        Coder b = two.second();
        Pair pair = ctx.study.changes().read(r -> find(r, a.id(), b.id()))
                .orElseThrow(() -> new CampoException("qda.consensus.notStarted"));
        String consensusId = pair.coder().id();
        Plan plan = plan(s, a, b, consensusId, Map.of());
        Item current = plan.items.stream().filter(i -> i.sourceId().equals(item.sourceId())
                && i.codeId().equals(item.codeId()) && i.start() == item.start() && i.end() == item.end())
                .findFirst().orElseThrow(() -> new CampoException("qda.consensus.changed"));
        List<int[]> chosen = switch (decision) {
            case FIRST -> current.first();
            case SECOND -> current.second();
            case BOTH -> union(current.first(), current.second());
            case NEITHER -> List.of();
        };
        ctx.study.changes().run(c -> {
            int removed = 0;
            for (Coding k : c.repositories().codings().ofSource(current.sourceId())) {
                if (k.coderId().equals(consensusId) && k.codeId().equals(current.codeId())
                        && k.start() < current.end() && k.end() > current.start()) {
                    c.repositories().codings().delete(k.id());
                    removed++;
                }
            }
            for (int[] iv : chosen) {
                c.repositories().codings().add(new Coding(Ids.newId(), current.sourceId(), iv[0], iv[1],
                        current.codeId(), consensusId, ctx.now(), false));
            }
            Map<String, Decision> all = new LinkedHashMap<>(decisions(c.repositories(), consensusId));
            all.put(key(current.sourceId(), current.codeId(), current.start(), current.end()), decision);
            StringBuilder sb = new StringBuilder();
            all.forEach((k, v) -> sb.append(k).append('\t').append(v.name()).append('\n'));
            c.repositories().settings().setSealedSetting(DECISIONS + consensusId, sb.toString());
            c.audit(AuditAction.QDA_CONSENSUS, "source", current.sourceId(), false, "decision="
                    + decision.name().toLowerCase(java.util.Locale.ROOT) + " code=" + current.codeId() + " ["
                    + current.start() + "," + current.end() + ") consensus=" + consensusId + " removed=" + removed
                    + " added=" + chosen.size());
        });
        return review(a.id(), b.id());
    }

    private void refuseBlind() {
        if (ctx.lens.blind()) {
            throw new CampoException("qda.consensus.blind");
        }
    }

    /** The analysis as it stands and the two coders named, who must be two. */
    private record Two(QdaSnapshot snapshot, Coder first, Coder second) {
    }

    private Two twoCoders(String firstId, String secondId) {
        ctx.require();
        refuseBlind();
        QdaSnapshot s = snapshots.get();
        Coder a = coder(s, firstId);
        Coder b = coder(s, secondId);
        if (a.id().equals(b.id())) {
            throw new CampoException("qda.agreement.twoCoders");
        }
        return new Two(s, a, b);
    }

    private static Coder coder(QdaSnapshot s, String idOrName) {
        for (Coder c : s.coders()) {
            if (c.id().equals(idOrName) || c.name().equalsIgnoreCase(idOrName.strip())) {
                return c;
            }
        }
        throw new CampoException("qda.agreement.unknownCoder", idOrName);
    }

    /** A consensus coder and the two coders it reconciles. */
    record Pair(Coder coder, String firstId, String secondId) {
    }

    static List<Pair> coders(Repositories r) {
        List<Pair> out = new ArrayList<>();
        String plain = r.settings().sealedSetting(CODERS).orElse("");
        for (String line : plain.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) {
                out.add(new Pair(new Coder(f[0], f[1], true), f[2], f[3]));
            }
        }
        return out;
    }

    private static String write(List<Pair> pairs) {
        StringBuilder sb = new StringBuilder();
        for (Pair p : pairs) {
            sb.append(p.coder().id()).append('\t').append(p.coder().name().replace('\t', ' ').replace('\n', ' '))
                    .append('\t').append(p.firstId()).append('\t').append(p.secondId()).append('\n');
        }
        return sb.toString();
    }

    private static Optional<Pair> find(Repositories r, String a, String b) {
        return coders(r).stream().filter(p -> p.firstId().equals(a) && p.secondId().equals(b)
                || p.firstId().equals(b) && p.secondId().equals(a)).findFirst();
    }

    private static Map<String, Decision> decisions(Repositories r, String consensusId) {
        Map<String, Decision> out = new LinkedHashMap<>();
        String plain = r.settings().sealedSetting(DECISIONS + consensusId).orElse("");
        for (String line : plain.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                try {
                    out.put(line.substring(0, tab), Decision.valueOf(line.substring(tab + 1)));
                } catch (IllegalArgumentException e) {
                    // a decision name this version does not know: the stretch shows as open
                }
            }
        }
        return out;
    }

    private static String key(String sourceId, String codeId, int start, int end) {
        return sourceId + "\t" + codeId + "\t" + start + "\t" + end;
    }

    private record Seg(String sourceId, String codeId, int start, int end) {
    }

    private record Plan(List<Item> items, List<Seg> agreed) {
    }

    /** Clusters each code's codings of the two coders in each source they both coded. */
    private Plan plan(QdaSnapshot s, Coder a, Coder b, String consensusId, Map<String, Decision> decisions) {
        CodeTree tree = new CodeTree(s.codes());
        Map<String, String> caseCodes = new HashMap<>();
        s.cases().forEach(c -> caseCodes.put(c.id(), c.code()));
        // source -> code -> [first, second, consensus] intervals
        Map<String, Map<String, List<List<int[]>>>> spans = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> whoCoded = new HashMap<>();
        for (Coding k : s.codings()) {
            int who = k.coderId().equals(a.id()) ? 0 : k.coderId().equals(b.id()) ? 1
                    : k.coderId().equals(consensusId) ? 2 : -1;
            if (who < 0 || k.detached() || k.end() <= k.start()) {
                continue;
            }
            if (who < 2) {
                whoCoded.computeIfAbsent(k.sourceId(), x -> new java.util.HashSet<>()).add(k.coderId());
            }
            spans.computeIfAbsent(k.sourceId(), x -> new LinkedHashMap<>())
                    .computeIfAbsent(k.codeId(), x -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()))
                    .get(who).add(new int[] {k.start(), k.end()});
        }
        List<Item> items = new ArrayList<>();
        List<Seg> agreed = new ArrayList<>();
        List<Source> sources = new ArrayList<>(s.sources());
        sources.sort(Comparator.comparing(Source::name).thenComparing(Source::id));
        for (Source src : sources) {
            if (whoCoded.getOrDefault(src.id(), java.util.Set.of()).size() < 2) {
                continue;
            }
            Map<String, List<List<int[]>>> byCode = spans.getOrDefault(src.id(), Map.of());
            for (org.campo.model.Code code : tree.depthFirst()) {
                List<List<int[]>> per = byCode.get(code.id());
                if (per == null) {
                    continue;
                }
                List<int[]> first = merge(per.get(0));
                List<int[]> second = merge(per.get(1));
                for (int[] cluster : merge(union(first, second))) {
                    List<int[]> f = within(first, cluster);
                    List<int[]> g = within(second, cluster);
                    if (same(f, g)) {
                        f.forEach(iv -> agreed.add(new Seg(src.id(), code.id(), iv[0], iv[1])));
                        continue;
                    }
                    Decision d = decisions.get(key(src.id(), code.id(), cluster[0], cluster[1]));
                    if (d == null && consensusId != null) {
                        d = inferred(within(merge(per.get(2)), cluster), f, g);
                    }
                    items.add(new Item(src.id(), src.name(), src.caseId() == null ? null : caseCodes.get(src.caseId()),
                            code.id(), tree.path(code.id()), cluster[0], cluster[1], f, g, words(src, f),
                            words(src, g), d));
                }
            }
        }
        return new Plan(items, agreed);
    }

    /** A decision read from the consensus set itself (one recorded before this stretch changed shape). */
    private static Decision inferred(List<int[]> held, List<int[]> first, List<int[]> second) {
        if (held.isEmpty()) {
            return null;
        }
        if (same(held, first)) {
            return Decision.FIRST;
        }
        if (same(held, second)) {
            return Decision.SECOND;
        }
        return same(held, merge(union(first, second))) ? Decision.BOTH : null;
    }

    private static String words(Source s, List<int[]> intervals) {
        StringBuilder sb = new StringBuilder();
        for (int[] iv : intervals) {
            if (sb.length() > 0) {
                sb.append(" … ");
            }
            sb.append(TextPositions.slice(s.text(), Math.min(iv[0], s.length()), Math.min(iv[1], s.length())));
        }
        return sb.toString();
    }

    private static List<int[]> union(List<int[]> a, List<int[]> b) {
        List<int[]> all = new ArrayList<>(a);
        all.addAll(b);
        return merge(all);
    }

    /** Sorted, with overlapping or touching intervals joined. */
    static List<int[]> merge(List<int[]> intervals) {
        List<int[]> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt((int[] x) -> x[0]).thenComparingInt(x -> x[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : sorted) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
                int[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], iv[1]);
            } else {
                out.add(new int[] {iv[0], iv[1]});
            }
        }
        return out;
    }

    private static List<int[]> within(List<int[]> intervals, int[] cluster) {
        List<int[]> out = new ArrayList<>();
        for (int[] iv : intervals) {
            if (iv[0] < cluster[1] && iv[1] > cluster[0]) {
                out.add(new int[] {Math.max(iv[0], cluster[0]), Math.min(iv[1], cluster[1])});
            }
        }
        return out;
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }
}
