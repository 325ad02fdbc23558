package org.campo.consent;

import java.util.function.Consumer;
import org.campo.audit.AuditEntry;

/** Streams the audit chain to an export without loading it all. */
@FunctionalInterface
public interface AuditTrail {
    void forEach(Consumer<AuditEntry> consumer);
}
