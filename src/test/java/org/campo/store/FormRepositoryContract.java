package org.campo.store;
import org.campo.model.FormVersion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link FormRepository} must do. */
abstract class FormRepositoryContract {
    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private FormRepository repo;

    protected abstract FormRepository createRepository();

    @BeforeEach
    void setUpRepository() {
        repo = createRepository();
    }

    private static FormVersion form(String id, String formId, String version, Instant at) {
        return new FormVersion(id, formId, version, "ab".repeat(32), "Título " + formId,
                ("xlsx " + id).getBytes(StandardCharsets.UTF_8), "<h:html id=\"" + id + "\"/>", at);
    }

    private static void assertSameForm(FormVersion actual, FormVersion expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void addedVersionIsFoundByIdAndByFormIdAndVersion() {
        FormVersion f = form("f1", "household", "2024030101", T);
        repo.add(f);

        assertThat(repo.findById("f1")).hasValueSatisfying(found -> assertSameForm(found, f));
        assertThat(repo.find("household", "2024030101")).hasValueSatisfying(found -> assertSameForm(found, f));
        assertThat(repo.find("household", "other")).isEmpty();
        assertThat(repo.findById("nope")).isEmpty();
    }

    @Test
    void missingTitleAndWorkbookRoundTrip() {
        FormVersion f = new FormVersion("f1", "kii", "1", "cd".repeat(32), null, null, "<h:html/>", T);
        repo.add(f);

        assertThat(repo.findById("f1")).hasValueSatisfying(found -> assertSameForm(found, f));
    }

    @Test
    void sameFormIdAndVersionIsRefused() {
        repo.add(form("f1", "household", "1", T));

        assertThatThrownBy(() -> repo.add(form("f2", "household", "1", T.plusSeconds(5))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.key()).isEqualTo("store.duplicateFormVersion"));
        assertThat(repo.versionsOf("household")).hasSize(1);
    }

    @Test
    void versionsOfAreInImportOrder() {
        repo.add(form("f2", "household", "2", T.plusSeconds(60)));
        repo.add(form("f1", "household", "1", T));
        repo.add(form("f3", "household", "3", T.plusMillis(60_500)));
        repo.add(form("k1", "kii", "1", T));

        assertThat(repo.versionsOf("household")).extracting(FormVersion::version).containsExactly("1", "2", "3");
    }

    @Test
    void latestVersionsHoldsTheNewestOfEachFormOrderedByFormId() {
        repo.add(form("k1", "kii", "1", T));
        repo.add(form("h1", "household", "1", T));
        repo.add(form("h2", "household", "2", T.plusSeconds(1)));
        repo.add(form("h3", "household", "3", T.plusMillis(1_500)));

        assertThat(repo.latestVersions()).extracting(FormVersion::id).containsExactly("h3", "k1");
    }
}
