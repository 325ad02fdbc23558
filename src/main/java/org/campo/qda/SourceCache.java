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

    record Entry(Source source, Instant stamp, Object[] lazy) {
        Entry(Source source, Instant stamp) {
            this(source, stamp, new Object[2]);
        }

        SearchText searchText() {
            if (lazy[0] == null) {
                lazy[0] = SearchText.of(source.text());
            }
            return (SearchText) lazy[0];
        }

        /** Code point positions of the text, without folding it for search. */
        SearchText.Positions positions() {
            if (lazy[0] != null) {
                return ((SearchText) lazy[0]).positions();
            }
            if (lazy[1] == null) {
                lazy[1] = SearchText.Positions.of(source.text());
            }
            return (SearchText.Positions) lazy[1];
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
                    entries.put(s.id(), new Entry(s, s.updatedAt()));
                }
            }
        } else {
            for (String id : stale) {
                study.changes().read(r -> r.sources().findById(id))
                        .ifPresent(s -> entries.put(id, new Entry(s, s.updatedAt())));
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
                entries.put(id, new Entry(s, s.updatedAt()));
            }
        }
        return s;
    }

    synchronized void forget(String id) {
        entries.remove(id);
    }

    /** Drops every decrypted text and search form (the study is being locked). */
    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
