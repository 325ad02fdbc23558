package org.campo.qda;

import java.util.List;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/** Memos on the project, a source, a code or a coded segment. */
public final class MemoService {
    private final QdaContext ctx;

    MemoService(QdaContext ctx) {
        this.ctx = ctx;
    }

    public Memo add(MemoTarget target, String targetId, String title, String text) {
        ctx.require();
        if (text == null || text.isBlank()) {
            throw new CampoException("qda.memo.textRequired");
        }
        if ((target == MemoTarget.PROJECT) != (targetId == null)) {
            throw new CampoException("qda.memo.badTarget", target.name());
        }
        checkTarget(target, targetId);
        Memo m = new Memo(Ids.newId(), target, targetId, blankToNull(title), text, ctx.memberId(), ctx.now(), ctx.now());
        ctx.study.changes().run(c -> {
            c.repositories().memos().add(m);
            c.audit(AuditAction.QDA_MEMO_ADDED, "memo", m.id(), false, "on " + target.name().toLowerCase(java.util.Locale.ROOT)
                    + (targetId == null ? "" : "=" + targetId));
        });
        return m;
    }

    public Memo update(String id, String title, String text) {
        ctx.require();
        if (text == null || text.isBlank()) {
            throw new CampoException("qda.memo.textRequired");
        }
        Memo old = ctx.study.changes().read(r -> r.memos().findById(id))
                .orElseThrow(() -> new CampoException("qda.memo.notFound", id));
        Memo next = new Memo(id, old.target(), old.targetId(), blankToNull(title), text, old.authorId(), old.createdAt(),
                ctx.after(old.updatedAt()));
        ctx.study.changes().run(c -> {
            c.repositories().memos().update(next);
            c.audit(AuditAction.QDA_MEMO_CHANGED, "memo", id, false, "edited");
        });
        return next;
    }

    public void delete(String id) {
        ctx.require();
        ctx.study.changes().run(c -> {
            c.repositories().memos().delete(id);
            c.audit(AuditAction.QDA_MEMO_DELETED, "memo", id, false, "deleted");
        });
    }

    public List<Memo> of(MemoTarget target, String targetId) {
        ctx.require();
        return ctx.study.changes().read(r -> r.memos().of(target, targetId));
    }

    public List<Memo> all() {
        ctx.require();
        return ctx.study.changes().read(r -> r.memos().all());
    }

    private void checkTarget(MemoTarget target, String id) {
        boolean exists = switch (target) {
            case PROJECT -> true;
            case SOURCE -> ctx.study.changes().read(r -> r.sources().stamps().containsKey(id));
            case CODE -> ctx.study.changes().read(r -> r.codes().findById(id)).isPresent();
            case CODING -> ctx.study.changes().read(r -> r.codings().findById(id)).isPresent();
        };
        if (!exists) {
            throw new CampoException("qda.memo.badTarget", target.name());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
