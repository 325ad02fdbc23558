package org.campo.qda;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campo.common.CampoException;
import org.campo.model.Member;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.model.Source;
import org.campo.model.Code;

/** What the analysis services of one unlocked study share: the study, the lens and the cache. */
final class QdaContext {
    final OpenStudy study;
    final Lens lens;
    final SourceCache cache;

    QdaContext(OpenStudy study) {
        this.study = study;
        this.lens = new Lens(study.member().id());
        this.cache = new SourceCache(study);
    }

    /** Analysis data is response data: the IRB role sees none of it, through any service. */
    void require() {
        study.require(Capability.READ_RESPONSES);
    }

    String memberId() {
        return study.member().id();
    }

    Instant now() {
        return study.clock().instant();
    }

    /** A time after {@code previous}, so that every change of a source changes its stamp. */
    Instant after(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plusNanos(1);
    }

    /** The name of every coder by id: members, external coders and consensus coders. */
    Map<String, String> coderNames() {
        Map<String, String> out = new HashMap<>();
        study.changes().read(r -> {
            for (Member m : r.members().all()) {
                out.put(m.id(), m.userName());
            }
            ExternalCoders.all(r).forEach(c -> out.putIfAbsent(c.id(), c.name()));
            ConsensusService.coders(r).forEach(p -> out.putIfAbsent(p.coder().id(), p.coder().name()));
            return null;
        });
        return out;
    }

    Map<String, String> participantCodes() {
        Map<String, String> out = new HashMap<>();
        study.changes().read(r -> r.participants().all()).forEach(p -> out.put(p.id(), p.code()));
        return out;
    }

    Source source(String id) {
        Source s = cache.get(id);
        if (s == null) {
            throw new CampoException("qda.source.notFound", id);
        }
        return s;
    }

    Map<String, Code> codesById() {
        Map<String, Code> out = new LinkedHashMap<>();
        for (Code c : study.changes().read(r -> r.codes().all())) {
            out.put(c.id(), c);
        }
        return out;
    }

    static String path(Code c, Map<String, Code> byId) {
        StringBuilder sb = new StringBuilder(c.name());
        Code p = c.parentId() == null ? null : byId.get(c.parentId());
        int guard = 0;
        while (p != null && guard++ < 1000) {
            sb.insert(0, p.name() + "/");
            p = p.parentId() == null ? null : byId.get(p.parentId());
        }
        return sb.toString();
    }

    static List<String> descendantsAndSelf(String id, Map<String, Code> byId) {
        List<String> out = new java.util.ArrayList<>();
        out.add(id);
        for (int i = 0; i < out.size(); i++) {
            String parent = out.get(i);
            byId.values().stream().filter(c -> parent.equals(c.parentId())).forEach(c -> out.add(c.id()));
        }
        return out;
    }
}
