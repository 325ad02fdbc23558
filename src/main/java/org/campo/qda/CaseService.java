package org.campo.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.consent.ConsentPermission;
import org.campo.model.ConsentRow;
import org.campo.model.ParticipantRow;
import org.campo.model.CaseAttribute;

/**
 * Cases: each participant with the attributes triangulation crosses codes with. Attributes
 * come from the interview's answers (see {@link InterviewSources}) and can be edited here;
 * an attribute from a sensitive answer stays sensitive. The case also carries what the
 * participant allowed, so a quote is shown only where direct quotation was granted.
 */
public final class CaseService {
    private final QdaContext ctx;

    CaseService(QdaContext ctx) {
        this.ctx = ctx;
    }

    /** Every case that has sources or attributes, by participant code (withdrawn participants have none left). */
    public List<CaseRecord> cases() {
        ctx.require();
        Map<String, List<CaseAttribute>> attributes = new LinkedHashMap<>();
        ctx.study.changes().read(r -> r.caseAttributes().all())
                .forEach(a -> attributes.computeIfAbsent(a.caseId(), k -> new ArrayList<>()).add(a));
        Set<String> ids = new LinkedHashSet<>(attributes.keySet());
        ctx.cache.all().forEach(e -> {
            if (e.source().caseId() != null) {
                ids.add(e.source().caseId());
            }
        });
        List<CaseRecord> out = new ArrayList<>();
        for (ParticipantRow p : ctx.study.changes().read(r -> r.participants().all())) {
            if (ids.contains(p.id())) {
                out.add(record(p, attributes.getOrDefault(p.id(), List.of())));
            }
        }
        return out;
    }

    public CaseRecord get(String caseId) {
        ctx.require();
        ParticipantRow p = ctx.study.changes().read(r -> r.participants().findById(caseId))
                .orElseThrow(() -> new CampoException("qda.case.notFound", caseId));
        return record(p, ctx.study.changes().read(r -> r.caseAttributes().of(caseId)));
    }

    /** What the participant's current consent grants and refuses (permission code to decision). */
    public Map<String, Boolean> permissions(String caseId) {
        ctx.require();
        List<ConsentRow> rows = ctx.study.changes().read(r -> r.consents().consentsOf(caseId));
        return rows.isEmpty() ? Map.of() : rows.get(rows.size() - 1).decisions();
    }

    /** Sets (or replaces) one attribute of a case. */
    public void setAttribute(String caseId, String name, String value, boolean sensitive) {
        ctx.require();
        get(caseId);
        if (name == null || !name.strip().matches("[\\p{L}_][\\p{L}\\p{N}_.-]*")) {
            throw new CampoException("qda.case.badAttributeName", String.valueOf(name));
        }
        ctx.study.changes().run(c -> {
            c.repositories().caseAttributes().put(new CaseAttribute(caseId, name.strip(), value, sensitive));
            c.audit(AuditAction.QDA_CASE_CHANGED, "participant", caseId, false, "attribute=" + name.strip()
                    + (sensitive ? " sensitive" : ""));
        });
    }

    public void removeAttribute(String caseId, String name) {
        ctx.require();
        ctx.study.changes().run(c -> {
            c.repositories().caseAttributes().delete(caseId, name);
            c.audit(AuditAction.QDA_CASE_CHANGED, "participant", caseId, false, "attribute=" + name + " removed");
        });
    }

    /** The values each attribute takes across cases, for grouping sources and filtering retrieval. */
    public Map<String, Set<String>> attributeValues() {
        ctx.require();
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        ctx.study.changes().read(r -> r.caseAttributes().all()).forEach(a -> {
            if (a.value() != null) {
                out.computeIfAbsent(a.name(), k -> new java.util.TreeSet<>()).add(a.value());
            }
        });
        return out;
    }

    CaseRecord record(ParticipantRow p, List<CaseAttribute> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> sensitive = new LinkedHashSet<>();
        for (CaseAttribute a : attributes) {
            values.put(a.name(), a.value());
            if (a.sensitive()) {
                sensitive.add(a.name());
            }
        }
        List<ConsentRow> consents = ctx.study.changes().read(r -> r.consents().consentsOf(p.id()));
        boolean quote = !consents.isEmpty() && Boolean.TRUE.equals(
                consents.get(consents.size() - 1).decisions().get(ConsentPermission.DIRECT_QUOTATION.code()));
        return new CaseRecord(p.id(), p.code(), values, sensitive, quote);
    }
}
