package org.campo.consent;

import java.util.function.Consumer;
import org.campo.audit.AuditEntry;

/** Streams the audit chain to an export without loading it all. */
@FunctionalInterface
public interface AuditTrail {
    /**
     * One entry: {@code readable} with its actor and details opened, {@code stored} exactly as the
     * study file holds it (actor and details sealed), which is what the chain hashes: a reviewer
     * recomputes the chain from the stored form and reads the readable one.
     */
    record Link(AuditEntry readable, AuditEntry stored) {
    }

    void forEach(Consumer<Link> consumer);
}
