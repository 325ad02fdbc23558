package org.campo.store;
import org.campo.model.Site;

import java.util.List;
import java.util.Optional;

/** Flow monitoring points. */
public interface SiteRepository {
    /** Adds a site; a duplicate code is refused with {@code store.duplicateSite}. */
    void add(Site site);

    /** Stores a point's name, coordinates and retired mark; its code never changes. */
    void update(Site site);

    Optional<Site> findByCode(String code);

    List<Site> all();
}
