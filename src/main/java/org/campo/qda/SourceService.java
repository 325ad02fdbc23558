package org.campo.qda;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.study.AnalysisErasure;
import org.campo.qda.SourceCache.Entry;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.Coding;

/**
 * Sources: texts imported from files, typed in the app, or built from interviews. Editing a
 * text re-anchors its codings (see {@link Reanchoring}) in the same audited change.
 */
public final class SourceService {
    private final QdaContext ctx;

    SourceService(QdaContext ctx) {
        this.ctx = ctx;
    }

    /** Every source with its case and counts, by name. */
    public List<SourceSummary> list() {
        ctx.require();
        Map<String, String> codes = ctx.participantCodes();
        List<Coding> codings = ctx.lens.filter(ctx.study.changes().read(r -> r.codings().all()));
        Map<String, Integer> counts = new java.util.HashMap<>();
        codings.forEach(c -> counts.merge(c.sourceId(), 1, Integer::sum));
        List<SourceSummary> out = new ArrayList<>();
        for (Entry e : ctx.cache.all()) {
            Source s = e.source();
            out.add(new SourceSummary(s.id(), s.name(), s.kind(), s.caseId(),
                    s.caseId() == null ? null : codes.get(s.caseId()), s.submissionId(), s.length(),
                    counts.getOrDefault(s.id(), 0)));
        }
        return out;
    }

    public Source get(String id) {
        ctx.require();
        return ctx.source(id);
    }

    /** A note typed in the app. */
    public Source addNote(String name, SourceKind kind, String caseId, String text) {
        ctx.require();
        String checkedName = checkName(name);
        checkCase(caseId);
        Source s = new Source(Ids.newId(), checkedName, kind, caseId, null, SourceFiles.normalize(text == null ? "" : text),
                ctx.now(), ctx.now());
        ctx.study.changes().run(c -> {
            c.repositories().sources().add(s);
            c.audit(AuditAction.QDA_SOURCE_ADDED, "source", s.id(), false, "kind=" + kind.code() + " typed");
        });
        return s;
    }

    /**
     * Imports files as sources of one case (or none): every file is read first, so one that is
     * unsupported or unreadable stops the import before anything is stored.
     *
     * @param caseCode a participant code, or {@code null}
     */
    public List<Source> importFiles(List<Path> files, String caseCode) {
        ctx.require();
        String caseId = caseId(caseCode);
        List<TextFile> read = new ArrayList<>();
        for (Path f : files) {
            read.add(SourceFiles.read(f));
        }
        return importTexts(read, caseId);
    }

    /** Stores texts already read (the UI reads them on a background task). */
    public List<Source> importTexts(List<TextFile> texts, String caseId) {
        ctx.require();
        checkCase(caseId);
        List<Source> out = new ArrayList<>();
        for (TextFile t : texts) {
            out.add(new Source(Ids.newId(), checkName(t.name()), t.kind(), caseId, null, t.text(), ctx.now(), ctx.now()));
        }
        ctx.study.changes().run(c -> {
            for (Source s : out) {
                c.repositories().sources().add(s);
                c.audit(AuditAction.QDA_SOURCE_ADDED, "source", s.id(), false, "kind=" + s.kind().code() + " imported");
            }
        });
        return out;
    }

    /** Replaces the text; every coding is carried onto its words, or flagged when they are gone. */
    public Source editText(String id, String newText) {
        ctx.require();
        Source old = ctx.source(id);
        return replaceText(old, SourceFiles.normalize(newText), "edited");
    }

    Source replaceText(Source old, String text, String why) {
        if (old.text().equals(text)) {
            return old;
        }
        Source next = new Source(old.id(), old.name(), old.kind(), old.caseId(), old.submissionId(), text,
                old.createdAt(), ctx.after(old.updatedAt()));
        Reanchoring moves = Reanchoring.between(old.text(), text);
        ctx.study.changes().run(c -> {
            c.repositories().sources().update(next);
            int moved = 0;
            int detached = 0;
            for (Coding k : c.repositories().codings().ofSource(old.id())) {
                Coding m = moves.apply(k);
                if (!m.equals(k)) {
                    c.repositories().codings().update(m);
                    moved++;
                    if (m.detached() && !k.detached()) {
                        detached++;
                    }
                }
            }
            c.audit(AuditAction.QDA_SOURCE_CHANGED, "source", old.id(), false,
                    "text " + why + " length=" + next.length() + " codings moved=" + moved + " detached=" + detached);
        });
        ctx.cache.forget(old.id());
        return next;
    }

    public Source rename(String id, String name) {
        ctx.require();
        Source old = ctx.source(id);
        Source next = new Source(old.id(), checkName(name), old.kind(), old.caseId(), old.submissionId(), old.text(),
                old.createdAt(), ctx.after(old.updatedAt()));
        ctx.study.changes().run(c -> {
            c.repositories().sources().update(next);
            c.audit(AuditAction.QDA_SOURCE_CHANGED, "source", id, false, "renamed");
        });
        return next;
    }

    /** Deletes a source with its codings and memos (coordinators' and researchers' decision, confirmed in the UI). */
    public void delete(String id) {
        ctx.require();
        ctx.source(id);
        ctx.study.changes().run(c -> {
            int[] n = AnalysisErasure.eraseSource(c.repositories(), id, ctx.now(), "source deleted");
            c.audit(AuditAction.QDA_SOURCE_DELETED, "source", id, false, "codings=" + n[0] + " memos=" + n[1]);
        });
        ctx.cache.forget(id);
    }

    private String caseId(String caseCode) {
        if (caseCode == null || caseCode.isBlank()) {
            return null;
        }
        return ctx.study.changes().read(r -> r.participants().findByCode(caseCode.strip()))
                .orElseThrow(() -> new CampoException("qda.case.notFound", caseCode)).id();
    }

    private void checkCase(String caseId) {
        if (caseId != null && ctx.study.changes().read(r -> r.participants().findById(caseId)).isEmpty()) {
            throw new CampoException("qda.case.notFound", caseId);
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CampoException("qda.source.nameRequired");
        }
        return name.strip();
    }
}
