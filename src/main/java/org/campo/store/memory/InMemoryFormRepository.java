package org.campo.store.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campo.store.FormRepository;
import org.campo.model.FormVersion;
import org.campo.store.StoreException;

/** Form versions in memory: also used to preview a form without saving anything. */
public final class InMemoryFormRepository implements FormRepository {
    private final List<FormVersion> forms = new ArrayList<>();

    @Override
    public synchronized void add(FormVersion form) {
        if (find(form.formId(), form.version()).isPresent()) {
            throw new StoreException("store.duplicateFormVersion", form.formId(), form.version());
        }
        forms.add(form);
    }

    @Override
    public synchronized Optional<FormVersion> findById(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<FormVersion> find(String formId, String version) {
        return forms.stream().filter(f -> f.formId().equals(formId) && f.version().equals(version)).findFirst();
    }

    @Override
    public synchronized List<FormVersion> latestVersions() {
        Map<String, FormVersion> latest = forms.stream().collect(Collectors.toMap(FormVersion::formId,
                Function.identity(), (a, b) -> a.importedAt().isAfter(b.importedAt()) ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(FormVersion::formId)).toList();
    }

    @Override
    public synchronized List<FormVersion> versionsOf(String formId) {
        return forms.stream().filter(f -> f.formId().equals(formId))
                .sorted(Comparator.comparing(FormVersion::importedAt)).toList();
    }
}
