package org.campo.qda;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campo.study.OpenStudy;
import org.campo.model.Source;

/**
 * Decrypted sources and their search texts, kept in memory while the study is unlocked so
 * search and retrieval do not decrypt every text on every call. Before each use the cache
 * compares itself with the clear update times of the source table, so a source changed or
 * deleted by any path (a withdrawal included) is never served from memory.
 */
final class SourceCache {
    private final OpenStudy study;
    private final Map<String, Entry> entries = new HashMap<>();

    record Entry(Source source, Instant stamp, SearchText[] search) {
        SearchText searchText() {
            if (search[0] == null) {
                search[0] = SearchText.of(source.text());
            }
            return search[0];
        }
    }

    SourceCache(OpenStudy study) {
        this.study = study;
    }

    /** Every source, up to date, in name order. */
    synchronized List<Entry> all() {
        Map<String, Instant> stamps = study.changes().read(r -> r.sources().stamps());
        entries.keySet().retainAll(stamps.keySet());
        java.util.Set<String> stale = new java.util.HashSet<>();
        stamps.forEach((id, at) -> {
            Entry e = entries.get(id);
            if (e == null || !e.stamp().equals(at)) {
                stale.add(id);
            }
        });
        if (stale.size() > stamps.size() / 2) {
            for (Source s : study.changes().read(r -> r.sources().all())) {
                if (stale.contains(s.id())) {
                    entries.put(s.id(), new Entry(s, s.updatedAt(), new SearchText[1]));
                }
            }
        } else {
            for (String id : stale) {
                study.changes().read(r -> r.sources().findById(id))
                        .ifPresent(s -> entries.put(id, new Entry(s, s.updatedAt(), new SearchText[1])));
            }
        }
        return entries.values().stream()
                .sorted(java.util.Comparator.comparing((Entry e) -> e.source().name()).thenComparing(e -> e.source().id()))
                .toList();
    }

    /** One source, up to date, or null. */
    synchronized Source get(String id) {
        Source s = study.changes().read(r -> r.sources().findById(id)).orElse(null);
        if (s == null) {
            entries.remove(id);
        } else {
            Entry e = entries.get(id);
            if (e == null || !e.stamp().equals(s.updatedAt())) {
                entries.put(id, new Entry(s, s.updatedAt(), new SearchText[1]));
            }
        }
        return s;
    }

    synchronized void forget(String id) {
        entries.remove(id);
    }
}
