package org.campo.store;

import java.time.Instant;
import org.campo.crypto.FieldCipher;
import org.campo.model.SubmissionStatus;

/**
 * A submission as a dataset export reads it: the clear columns, and its kept flattened row
 * ({@code submission_row}) when there is one, otherwise its instance. Both stay sealed until
 * opened, so an export can decrypt on every core (the cipher is safe to share between threads).
 */
public final class SealedSubmission {
    private final String id;
    private final SubmissionStatus status;
    private final int rev;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final String siteCode;
    private final String deviceId;
    private final String participantId;
    private final byte[] row;
    private final byte[] instance;
    private final FieldCipher cipher;
    private final boolean columnsIntact;

    public SealedSubmission(String id, SubmissionStatus status, int rev, Instant createdAt, Instant updatedAt,
                     String siteCode, String deviceId, String participantId, byte[] row, byte[] instance,
                     FieldCipher cipher) {
        this(id, status, rev, createdAt, updatedAt, siteCode, deviceId, participantId, row, instance, cipher, true);
    }

    /** @param columnsIntact whether the clear columns matched their seal when read */
    public SealedSubmission(String id, SubmissionStatus status, int rev, Instant createdAt, Instant updatedAt,
                     String siteCode, String deviceId, String participantId, byte[] row, byte[] instance,
                     FieldCipher cipher, boolean columnsIntact) {
        this.columnsIntact = columnsIntact;
        this.id = id;
        this.status = status;
        this.rev = rev;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.siteCode = siteCode;
        this.deviceId = deviceId;
        this.participantId = participantId;
        this.row = row;
        this.instance = instance;
        this.cipher = cipher;
    }

    /** The associated data of a kept row: bound to the submission and the revision it flattens. */
    public static String rowId(String submissionId, int rev) {
        return submissionId + "@" + rev;
    }

    public String id() {
        return id;
    }

    public SubmissionStatus status() {
        return status;
    }

    public int rev() {
        return rev;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String siteCode() {
        return siteCode;
    }

    public String deviceId() {
        return deviceId;
    }

    public String participantId() {
        return participantId;
    }

    /** Whether a flattened row is kept for this revision (otherwise the instance must be read). */
    public boolean hasRow() {
        return row != null;
    }

    /** The kept flattened row, decrypted. */
    public byte[] openRow() {
        requireIntact();
        return cipher.open("submission_row", "row_enc", rowId(id, rev), row);
    }

    /** The instance XML, decrypted (only carried when no row is kept). */
    public String openInstance() {
        requireIntact();
        return cipher.openText("submission", "instance_enc", id, instance);
    }

    private void requireIntact() {
        if (!columnsIntact) {
            throw new DamagedValueException(null, "store.editedRecord", "submission", id, ColumnSeals.COLUMN);
        }
    }
}
