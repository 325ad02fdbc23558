package org.campo.store.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.campo.model.Site;
import org.campo.store.SiteRepository;
import org.campo.store.StoreException;

/** Sites in memory. */
public final class InMemorySiteRepository implements SiteRepository {
    private final Map<String, Site> byId = new ConcurrentHashMap<>();

    @Override
    public void add(Site site) {
        if (findByCode(site.code()).isPresent()) {
            throw new StoreException("store.duplicateSite", site.code());
        }
        byId.put(site.id(), site);
    }

    @Override
    public void update(Site site) {
        Site old = byId.get(site.id());
        if (old != null) {
            byId.put(site.id(), new Site(old.id(), old.code(), site.name(), site.latitude(), site.longitude(),
                    site.retired()));
        }
    }

    @Override
    public Optional<Site> findByCode(String code) {
        return byId.values().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    public List<Site> all() {
        return byId.values().stream().sorted(Comparator.comparing(Site::code)).toList();
    }
}
