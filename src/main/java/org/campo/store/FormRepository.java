package org.campo.store;
import org.campo.model.FormVersion;

import java.util.List;
import java.util.Optional;

/** Imported form versions; append-only. */
public interface FormRepository {
    /** Adds a version; the same form id and version twice is refused with {@code store.duplicateFormVersion}. */
    void add(FormVersion form);

    Optional<FormVersion> findById(String id);

    Optional<FormVersion> find(String formId, String version);

    /** The newest imported version of each form id. */
    List<FormVersion> latestVersions();

    List<FormVersion> versionsOf(String formId);
}
