package org.campo.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.common.Ids;
import org.campo.store.Repositories;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/**
 * The hierarchical codebook: codes with a name, definition, inclusion and exclusion criteria,
 * an example and a colour. Renaming, moving and merging keep every coding (a merge moves the
 * codings, sub-codes and memos of one code onto another); deleting a code deletes its
 * sub-codes and all their codings, so the UI asks first. Codes are addressed by path
 * ({@code Barreras/Acceso a salud}) in commands and exchange files.
 */
public final class CodebookService {
    /** Colours given to new codes in turn (distinguishable, and readable behind black text). */
    static final List<String> PALETTE = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
            "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");
    private final QdaContext ctx;

    CodebookService(QdaContext ctx) {
        this.ctx = ctx;
    }

    /** Every code, parents before children. */
    public List<Code> codes() {
        ctx.require();
        return ctx.study.changes().read(r -> r.codes().all());
    }

    /** Codings per code, as the member sees them (their own only in blind mode); sub-codes not included. */
    public Map<String, Integer> counts() {
        ctx.require();
        Map<String, Integer> out = new HashMap<>();
        ctx.lens.filter(ctx.study.changes().read(r -> r.codings().all()))
                .forEach(c -> out.merge(c.codeId(), 1, Integer::sum));
        return out;
    }

    public Code get(String id) {
        ctx.require();
        return ctx.study.changes().read(r -> r.codes().findById(id))
                .orElseThrow(() -> new CampoException("qda.code.notFound", id));
    }

    /** The path of a code: its ancestors' names and its own, joined by {@code /}. */
    public String path(String id) {
        Map<String, Code> byId = ctx.codesById();
        Code c = byId.get(id);
        if (c == null) {
            throw new CampoException("qda.code.notFound", id);
        }
        return QdaContext.path(c, byId);
    }

    /** Finds a code by path, exactly or else ignoring case and accents. */
    public Code byPath(String path) {
        ctx.require();
        Map<String, Code> byId = ctx.codesById();
        String wanted = path == null ? "" : path.strip();
        List<Code> folded = new ArrayList<>();
        for (Code c : byId.values()) {
            String p = QdaContext.path(c, byId);
            if (p.equals(wanted)) {
                return c;
            }
            if (SearchText.fold(p).equals(SearchText.fold(wanted))) {
                folded.add(c);
            }
        }
        if (folded.size() == 1) {
            return folded.get(0);
        }
        throw new CampoException("qda.code.pathNotFound", path);
    }

    /** Adds a code under {@code parentId} (or at the top); colour from the palette when none is given. */
    public Code create(String parentId, String name, String definition, String color) {
        return create(parentId, name, definition, null, null, null, color, true);
    }

    public Code create(String parentId, String name, String definition, String inclusion, String exclusion,
                       String example, String color, boolean codable) {
        ctx.require();
        return ctx.study.changes().apply(c -> {
            Code code = add(c.repositories(), parentId, name, definition, inclusion, exclusion, example, color,
                    codable, Ids.newId());
            c.audit(AuditAction.QDA_CODE_ADDED, "code", code.id(), false, parentId == null ? "top" : "parent=" + parentId);
            return code;
        });
    }

    private Code add(Repositories r, String parentId, String name, String definition, String inclusion,
                     String exclusion, String example, String color, boolean codable, String id) {
        String n = checkName(name);
        List<Code> all = r.codes().all();
        if (parentId != null && all.stream().noneMatch(x -> x.id().equals(parentId))) {
            throw new CampoException("qda.code.notFound", parentId);
        }
        checkUniqueAmongSiblings(all, parentId, n, null);
        String colour = color == null || color.isBlank() ? PALETTE.get(all.size() % PALETTE.size()) : checkColor(color);
        Code code = new Code(id, parentId, n, blankToNull(definition), blankToNull(inclusion), blankToNull(exclusion),
                blankToNull(example), colour, codable, ctx.after(all.stream().map(Code::createdAt)
                .max(java.util.Comparator.naturalOrder()).orElse(java.time.Instant.EPOCH)));
        r.codes().add(code);
        return code;
    }

    /** Replaces name, definition, criteria, example, colour and codability (not the place in the tree). */
    public Code update(Code changed) {
        ctx.require();
        Code old = get(changed.id());
        String n = checkName(changed.name());
        return ctx.study.changes().apply(c -> {
            checkUniqueAmongSiblings(c.repositories().codes().all(), old.parentId(), n, old.id());
            Code next = new Code(old.id(), old.parentId(), n, blankToNull(changed.definition()),
                    blankToNull(changed.inclusion()), blankToNull(changed.exclusion()), blankToNull(changed.example()),
                    checkColor(changed.color()), changed.codable(), old.createdAt());
            c.repositories().codes().update(next);
            c.audit(AuditAction.QDA_CODE_CHANGED, "code", old.id(), false, "edited");
            return next;
        });
    }

    public Code rename(String id, String name) {
        Code old = get(id);
        return update(new Code(old.id(), old.parentId(), name, old.definition(), old.inclusion(), old.exclusion(),
                old.example(), old.color(), old.codable(), old.createdAt()));
    }

    /** Moves a code (with its sub-codes and codings) under another parent, or to the top with {@code null}. */
    public Code move(String id, String newParentId) {
        ctx.require();
        Code old = get(id);
        Map<String, Code> byId = ctx.codesById();
        if (newParentId != null) {
            if (!byId.containsKey(newParentId)) {
                throw new CampoException("qda.code.notFound", newParentId);
            }
            if (QdaContext.descendantsAndSelf(id, byId).contains(newParentId)) {
                throw new CampoException("qda.code.moveIntoItself", old.name());
            }
        }
        return ctx.study.changes().apply(c -> {
            checkUniqueAmongSiblings(c.repositories().codes().all(), newParentId, old.name(), old.id());
            Code next = new Code(old.id(), newParentId, old.name(), old.definition(), old.inclusion(), old.exclusion(),
                    old.example(), old.color(), old.codable(), old.createdAt());
            c.repositories().codes().update(next);
            c.audit(AuditAction.QDA_CODE_CHANGED, "code", id, false,
                    "moved " + (newParentId == null ? "top" : "parent=" + newParentId));
            return next;
        });
    }

    /**
     * Merges {@code fromId} into {@code intoId}: its codings, sub-codes and memos move to the
     * target, then it is removed. Returns the number of codings moved.
     */
    public int merge(String fromId, String intoId) {
        ctx.require();
        Code from = get(fromId);
        get(intoId);
        if (QdaContext.descendantsAndSelf(fromId, ctx.codesById()).contains(intoId)) {
            throw new CampoException("qda.code.moveIntoItself", from.name());
        }
        return ctx.study.changes().apply(c -> {
            Repositories r = c.repositories();
            int moved = r.codings().reassign(fromId, intoId);
            for (Code child : r.codes().all()) {
                if (fromId.equals(child.parentId())) {
                    r.codes().update(new Code(child.id(), intoId, child.name(), child.definition(), child.inclusion(),
                            child.exclusion(), child.example(), child.color(), child.codable(), child.createdAt()));
                }
            }
            for (Memo m : r.memos().of(MemoTarget.CODE, fromId)) {
                r.memos().delete(m.id());
                r.memos().add(new Memo(m.id(), MemoTarget.CODE, intoId, m.title(), m.text(), m.authorId(),
                        m.createdAt(), m.updatedAt()));
            }
            r.codes().delete(fromId);
            c.audit(AuditAction.QDA_CODE_MERGED, "code", intoId, false, "from=" + fromId + " codings=" + moved);
            return moved;
        });
    }

    /** Deletes a code, its sub-codes and all their codings and memos; returns the codings deleted. */
    public int delete(String id) {
        ctx.require();
        get(id);
        List<String> doomed = QdaContext.descendantsAndSelf(id, ctx.codesById());
        return ctx.study.changes().apply(c -> {
            Repositories r = c.repositories();
            List<Coding> codings = r.codings().ofCodes(doomed);
            for (Coding k : codings) {
                r.memos().of(MemoTarget.CODING, k.id()).forEach(m -> r.memos().delete(m.id()));
                r.codings().delete(k.id());
            }
            for (int i = doomed.size() - 1; i >= 0; i--) {
                String codeId = doomed.get(i);
                r.memos().of(MemoTarget.CODE, codeId).forEach(m -> r.memos().delete(m.id()));
                r.codes().delete(codeId);
            }
            c.audit(AuditAction.QDA_CODE_DELETED, "code", id, false,
                    "codes=" + doomed.size() + " codings=" + codings.size());
            return codings.size();
        });
    }

    /**
     * Imports a codebook by path: a code whose path exists keeps its id and codings and takes
     * the file's definition, criteria, example and colour where the file has them; new paths are
     * created. Returns the number of codes created.
     */
    public int importCodebook(List<CodebookEntry> roots) {
        ctx.require();
        return ctx.study.changes().apply(c -> {
            int[] created = {0};
            int[] updated = {0};
            for (CodebookEntry e : roots) {
                importEntry(c.repositories(), null, e, created, updated);
            }
            c.audit(AuditAction.QDA_CODEBOOK_IMPORTED, "created=" + created[0] + " updated=" + updated[0]);
            return created[0];
        });
    }

    private void importEntry(Repositories r, String parentId, CodebookEntry e, int[] created, int[] updated) {
        String n = checkName(e.name());
        Code existing = r.codes().all().stream()
                .filter(x -> Objects.equals(x.parentId(), parentId) && x.name().equalsIgnoreCase(n)).findFirst()
                .orElse(null);
        String id;
        if (existing == null) {
            boolean guidFree = e.guid() != null && !e.guid().isBlank() && r.codes().findById(e.guid()).isEmpty();
            Code added = add(r, parentId, n, e.definition(), e.inclusion(), e.exclusion(), e.example(), e.color(),
                    e.codable(), guidFree ? e.guid() : Ids.newId());
            id = added.id();
            created[0]++;
        } else {
            Code next = new Code(existing.id(), existing.parentId(), existing.name(),
                    firstNonBlank(e.definition(), existing.definition()), firstNonBlank(e.inclusion(), existing.inclusion()),
                    firstNonBlank(e.exclusion(), existing.exclusion()), firstNonBlank(e.example(), existing.example()),
                    e.color() == null || e.color().isBlank() ? existing.color() : checkColor(e.color()),
                    e.codable(), existing.createdAt());
            if (!next.equals(existing)) {
                r.codes().update(next);
                updated[0]++;
            }
            id = existing.id();
        }
        for (CodebookEntry child : e.children()) {
            importEntry(r, id, child, created, updated);
        }
    }

    /** The codebook as a tree of entries, for .qdc and XLSX files. */
    public List<CodebookEntry> export() {
        List<Code> all = codes();
        return entries(null, all);
    }

    private static List<CodebookEntry> entries(String parentId, List<Code> all) {
        List<CodebookEntry> out = new ArrayList<>();
        for (Code c : all) {
            if (Objects.equals(c.parentId(), parentId)) {
                out.add(new CodebookEntry(c.id(), c.name(), c.definition(), c.inclusion(), c.exclusion(), c.example(),
                        c.color(), c.codable(), entries(c.id(), all)));
            }
        }
        return out;
    }

    private static void checkUniqueAmongSiblings(List<Code> all, String parentId, String name, String selfId) {
        for (Code c : all) {
            if (Objects.equals(c.parentId(), parentId) && !c.id().equals(selfId)
                    && c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw new CampoException("qda.code.duplicate", name);
            }
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new CampoException("qda.code.nameRequired");
        }
        return name.strip();
    }

    static String checkColor(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            if (color != null && color.matches("#[0-9A-Fa-f]{3}")) {
                return ("#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3)
                        + color.charAt(3)).toLowerCase(Locale.ROOT);
            }
            throw new CampoException("qda.code.badColor", String.valueOf(color));
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String a, String b) {
        return a == null || a.isBlank() ? b : a.strip();
    }
}
