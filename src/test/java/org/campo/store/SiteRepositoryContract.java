package org.campo.store;
import org.campo.model.Site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SiteRepository} must do. */
abstract class SiteRepositoryContract {
    private SiteRepository repo;

    protected abstract SiteRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    @Test
    void addedSiteIsFoundByCode() {
        Site tumbes = new Site("s1", "TUM", "CEBAF Tumbes", -3.5669, -80.4515);
        repo.add(tumbes);

        assertThat(repo.findByCode("TUM")).contains(tumbes);
        assertThat(repo.findByCode("LIM")).isEmpty();
    }

    @Test
    void missingCoordinatesAndOddNamesRoundTrip() {
        Site odd = new Site("s1", "X1", "Paso 3:1; \"Aguas Verdes\" | frontera", null, null);
        repo.add(odd);

        assertThat(repo.findByCode("X1")).contains(odd);
    }

    @Test
    void allIsOrderedByCode() {
        repo.add(new Site("s1", "TUM", "Tumbes", null, null));
        repo.add(new Site("s2", "AGV", "Aguas Verdes", null, null));
        repo.add(new Site("s3", "LIM", "Lima", null, null));

        assertThat(repo.all()).extracting(Site::code).containsExactly("AGV", "LIM", "TUM");
    }

    @Test
    void duplicateCodeIsRefused() {
        repo.add(new Site("s1", "TUM", "Tumbes", null, null));

        assertThatThrownBy(() -> repo.add(new Site("s2", "TUM", "Otro", null, null)))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo("store.duplicateSite"));
        assertThat(repo.all()).hasSize(1);
    }

    @Test
    void updateReplacesNameAndCoordinates() {
        repo.add(new Site("s1", "TUM", "Tumbes", null, null));

        Site changed = new Site("s1", "TUM", "CEBAF Tumbes", -3.5, -80.4);
        repo.update(changed);

        assertThat(repo.findByCode("TUM")).contains(changed);
        assertThat(repo.all()).hasSize(1);
    }

    @Test
    void aRetiredPointKeepsItsDataAndCanBeReactivatedButNeverChangesItsCode() {
        Site tumbes = new Site("s1", "TUM", "CEBAF Tumbes", -3.5, -80.4);
        repo.add(tumbes);

        repo.update(tumbes.withRetired(true));
        assertThat(repo.findByCode("TUM")).contains(tumbes.withRetired(true));
        assertThat(repo.all()).singleElement().satisfies(s -> assertThat(s.retired()).isTrue());

        repo.update(tumbes.withRetired(false));
        assertThat(repo.findByCode("TUM")).contains(tumbes);

        repo.update(new Site("s1", "OTHER", "CEBAF", null, null));
        assertThat(repo.findByCode("OTHER")).isEmpty();
        assertThat(repo.findByCode("TUM")).map(Site::name).contains("CEBAF");
    }
}
