package org.campo.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.campo.model.CaseAttribute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CaseAttributeRepository} must do. */
abstract class CaseAttributeRepositoryContract {
    private CaseAttributeRepository repo;

    protected abstract CaseAttributeRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    @Test
    void attributesKeepTheirOrderAndSensitivity() {
        repo.put(new CaseAttribute("p1", "city", "Trujillo", false));
        repo.put(new CaseAttribute("p1", "gender_identity", "mujer trans", true));
        repo.put(new CaseAttribute("p2", "city", "Cusco", false));

        assertThat(repo.of("p1")).containsExactly(new CaseAttribute("p1", "city", "Trujillo", false),
                new CaseAttribute("p1", "gender_identity", "mujer trans", true));
        assertThat(repo.all()).hasSize(3);
    }

    @Test
    void puttingAgainReplacesTheValueInPlace() {
        repo.put(new CaseAttribute("p1", "city", "Trujillo", false));
        repo.put(new CaseAttribute("p1", "source_group", "government", false));
        repo.put(new CaseAttribute("p1", "city", "Lima", true));

        assertThat(repo.of("p1")).containsExactly(new CaseAttribute("p1", "city", "Lima", true),
                new CaseAttribute("p1", "source_group", "government", false));
    }

    @Test
    void deletingOneOrAllOfACase() {
        repo.put(new CaseAttribute("p1", "city", "Trujillo", false));
        repo.put(new CaseAttribute("p1", "source_group", "government", false));
        repo.put(new CaseAttribute("p2", "city", "Cusco", false));

        repo.delete("p1", "city");
        assertThat(repo.of("p1")).extracting(CaseAttribute::name).containsExactly("source_group");
        repo.deleteCase("p1");
        assertThat(repo.of("p1")).isEmpty();
        assertThat(repo.of("p2")).hasSize(1);
    }
}
