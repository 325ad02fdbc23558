package org.campo.store;

import org.campo.crypto.WrappedKey;

/** A key slot row: the data key wrapped for one member's passphrase, or for the recovery key. */
public record KeySlotRecord(String id, Kind kind, String memberId, WrappedKey wrappedKey) {
    public enum Kind { PASSPHRASE, RECOVERY }
}
