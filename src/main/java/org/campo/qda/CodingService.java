package org.campo.qda;

import java.util.ArrayList;
import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.Member;
import org.campo.model.Source;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.MemoTarget;

/**
 * Applying codes to segments. A coding is (source, start, end, code, coder, time) in code
 * points, end exclusive; several codes and coders may cover the same words. Each coding is one
 * audited change (the audit names the ids and positions, never the words).
 */
public final class CodingService {
    private final QdaContext ctx;

    CodingService(QdaContext ctx) {
        this.ctx = ctx;
    }

    /** Codes [start, end) of a source for the member who is signed in. */
    public Coding code(String sourceId, int start, int end, String codeId) {
        return code(sourceId, start, end, codeId, ctx.memberId());
    }

    /**
     * Codes a segment for a coder (a study member). Coding the same words with the same code by
     * the same coder again returns the existing coding.
     */
    public Coding code(String sourceId, int start, int end, String codeId, String coderId) {
        ctx.require();
        Source s = ctx.source(sourceId);
        checkSegment(s, start, end);
        Code code = ctx.study.changes().read(r -> r.codes().findById(codeId))
                .orElseThrow(() -> new CampoException("qda.code.notFound", codeId));
        if (!code.codable()) {
            throw new CampoException("qda.code.notCodable", code.name());
        }
        if (ctx.study.changes().read(r -> r.members().all()).stream().noneMatch(m -> m.id().equals(coderId))) {
            throw new CampoException("qda.coder.notMember", coderId);
        }
        return ctx.study.changes().apply(c -> {
            for (Coding k : c.repositories().codings().ofSource(sourceId)) {
                if (k.start() == start && k.end() == end && k.codeId().equals(codeId) && k.coderId().equals(coderId)
                        && !k.detached()) {
                    c.audit(AuditAction.QDA_CODED, "coding", k.id(), false, "again source=" + sourceId);
                    return k;
                }
            }
            Coding k = new Coding(Ids.newId(), sourceId, start, end, codeId, coderId, ctx.now(), false);
            c.repositories().codings().add(k);
            c.audit(AuditAction.QDA_CODED, "coding", k.id(), false,
                    "source=" + sourceId + " code=" + codeId + " [" + start + "," + end + ")");
            return k;
        });
    }

    /** The member id of a coder named by user name. */
    public String coderId(String userName) {
        ctx.require();
        return ctx.study.changes().read(r -> r.members().all()).stream()
                .filter(m -> m.userName().equalsIgnoreCase(userName.strip())).map(Member::id).findFirst()
                .orElseThrow(() -> new CampoException("qda.coder.notMember", userName));
    }

    /** Removes a coding (and the memos on it). */
    public void uncode(String codingId) {
        ctx.require();
        Coding k = ctx.study.changes().read(r -> r.codings().findById(codingId))
                .orElseThrow(() -> new CampoException("qda.coding.notFound", codingId));
        if (!ctx.lens.shows(k)) {
            throw new CampoException("qda.coding.notFound", codingId);
        }
        ctx.study.changes().run(c -> {
            c.repositories().memos().of(MemoTarget.CODING, codingId).forEach(m -> c.repositories().memos().delete(m.id()));
            c.repositories().codings().delete(codingId);
            c.audit(AuditAction.QDA_UNCODED, "coding", codingId, false, "source=" + k.sourceId());
        });
    }

    /** The codings of a source the member sees, in text order. */
    public List<Coding> of(String sourceId) {
        ctx.require();
        return ctx.lens.filter(ctx.study.changes().read(r -> r.codings().ofSource(sourceId)));
    }

    /**
     * Codes every hit of a search in a source's text with one code ("code all hits"), in one
     * audited change with one coding and one audit entry per hit. Hits in memos are skipped, and
     * so are hits already coded with that code by this coder. A hit whose words changed since
     * the search (its source was edited) stops the whole change: search again.
     */
    public List<Coding> codeAll(List<SearchHit> hits, String codeId) {
        ctx.require();
        Code code = ctx.study.changes().read(r -> r.codes().findById(codeId))
                .orElseThrow(() -> new CampoException("qda.code.notFound", codeId));
        if (!code.codable()) {
            throw new CampoException("qda.code.notCodable", code.name());
        }
        List<SearchHit> inText = hits.stream().filter(h -> !h.inMemo()).toList();
        for (SearchHit h : inText) {
            checkSegment(ctx.source(h.sourceId()), h.start(), h.end());
            if (!Retrieval.stillThere(ctx, h)) {
                throw new CampoException("qda.search.stale", h.sourceName());
            }
        }
        String coder = ctx.memberId();
        boolean anyNew = ctx.study.changes().read(r -> inText.stream().anyMatch(h -> r.codings().ofSource(h.sourceId())
                .stream().noneMatch(k -> k.start() == h.start() && k.end() == h.end() && k.codeId().equals(codeId)
                        && k.coderId().equals(coder) && !k.detached())));
        if (!anyNew) {
            return List.of();
        }
        return ctx.study.changes().apply(c -> {
            List<Coding> out = new ArrayList<>();
            java.util.Map<String, List<Coding>> existing = new java.util.HashMap<>();
            for (SearchHit h : inText) {
                List<Coding> there = existing.computeIfAbsent(h.sourceId(),
                        id -> new ArrayList<>(c.repositories().codings().ofSource(id)));
                boolean exists = there.stream().anyMatch(k -> k.start() == h.start() && k.end() == h.end()
                        && k.codeId().equals(codeId) && k.coderId().equals(coder) && !k.detached());
                if (!exists) {
                    Coding k = new Coding(Ids.newId(), h.sourceId(), h.start(), h.end(), codeId, coder, ctx.now(), false);
                    c.repositories().codings().add(k);
                    there.add(k);
                    out.add(k);
                    c.audit(AuditAction.QDA_CODED, "coding", k.id(), false, "source=" + h.sourceId() + " code="
                            + codeId + " [" + h.start() + "," + h.end() + ") search hit");
                }
            }
            return out;
        });
    }

    /** A coding to add through {@link #codeMany}. */
    public record NewCoding(String sourceId, int start, int end, String codeId, String coderId) {
    }

    /**
     * Adds many codings in one audited change (imports, the demo): every segment, code and coder
     * is checked first, and nothing is stored when one is wrong.
     */
    public List<Coding> codeMany(List<NewCoding> codings) {
        ctx.require();
        java.util.Map<String, Code> codes = ctx.codesById();
        java.util.Set<String> members = new java.util.HashSet<>();
        ctx.study.changes().read(r -> r.members().all()).forEach(m -> members.add(m.id()));
        java.util.Map<String, Source> sources = new java.util.HashMap<>();
        for (NewCoding n : codings) {
            Source s = sources.computeIfAbsent(n.sourceId(), ctx::source);
            checkSegment(s, n.start(), n.end());
            Code code = codes.get(n.codeId());
            if (code == null) {
                throw new CampoException("qda.code.notFound", n.codeId());
            }
            if (!code.codable()) {
                throw new CampoException("qda.code.notCodable", code.name());
            }
            if (!members.contains(n.coderId())) {
                throw new CampoException("qda.coder.notMember", n.coderId());
            }
        }
        return ctx.study.changes().apply(c -> {
            List<Coding> out = new ArrayList<>();
            for (NewCoding n : codings) {
                Coding k = new Coding(Ids.newId(), n.sourceId(), n.start(), n.end(), n.codeId(), n.coderId(),
                        ctx.now(), false);
                c.repositories().codings().add(k);
                out.add(k);
            }
            c.audit(AuditAction.QDA_CODED, "codings=" + out.size() + " sources=" + sources.size());
            return out;
        });
    }

    private static void checkSegment(Source s, int start, int end) {
        if (start < 0 || end <= start || end > s.length()) {
            throw new CampoException("qda.coding.badSegment", start, end, s.length());
        }
    }
}
