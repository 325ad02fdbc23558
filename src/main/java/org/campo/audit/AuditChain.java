package org.campo.audit;

import java.util.List;

/** Verifies a chain of entries read from elsewhere (a laptop's package), without its file. */
public final class AuditChain {
    private AuditChain() {
    }

    /**
     * The sequence number of the first entry that breaks the chain from genesis (a gap, a wrong
     * link, or a hash that does not match the entry), or -1 when the chain is whole.
     */
    public static long firstBroken(List<AuditEntry> entries) {
        String prev = AuditLog.GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expected || !e.prevHash().equals(prev) || !AuditLog.chainHash(prev, e).equals(e.hash())) {
                return expected;
            }
            prev = e.hash();
            expected++;
        }
        return -1;
    }
}
