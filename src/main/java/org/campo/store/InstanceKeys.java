package org.campo.store;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campo.crypto.FieldCipher;

/**
 * Gives submissions stored before instanceIDs were unique their keyed hash (it needs the data key,
 * so it runs at unlock rather than in the schema migration). A second submission with an ID already
 * taken keeps no hash: both are kept, and it is listed for the coordinator to resolve.
 */
public final class InstanceKeys {
    private static final Logger LOG = Logger.getLogger(InstanceKeys.class.getName());
    /** A submission whose instanceID another submission already has. */
    public record Duplicate(String submissionId, String instanceId) {
    }

    private InstanceKeys() {
    }

    /**
     * Fills missing hashes; returns how many were filled. A submission whose instance does not
     * open is left without one (the keyed check names it), so a damaged value never stops unlock.
     */
    public static int fillMissing(Database db, FieldCipher key) {
        FieldCipher cipher = DamageReportingCipher.wrap(key);
        List<String[]> missing = new ArrayList<>();
        db.forEach("SELECT id, instance_enc FROM submission WHERE instance_key IS NULL ORDER BY created_at, id", rs -> {
            String id = rs.getString(1);
            String xml;
            try {
                xml = cipher.openText("submission", "instance_enc", id, rs.getBytes(2));
            } catch (DamagedValueException e) {
                LOG.log(Level.WARNING, "Submission " + id + " does not open; left without an instance key", e);
                return;
            }
            String instanceId = InstanceIds.of(xml);
            if (instanceId != null) {
                missing.add(new String[] {id, cipher.keyedHash("instanceID", instanceId)});
            }
        });
        int filled = 0;
        for (String[] row : missing) {
            filled += db.update("UPDATE submission SET instance_key = ? WHERE id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM submission WHERE instance_key = ?)", row[1], row[0], row[1]);
        }
        return filled;
    }

    /** Submissions that share their instanceID with another one (left without a hash by {@link #fillMissing}). */
    public static List<Duplicate> duplicates(Database db, FieldCipher key) {
        FieldCipher cipher = DamageReportingCipher.wrap(key);
        List<Duplicate> out = new ArrayList<>();
        db.forEach("SELECT id, instance_enc FROM submission WHERE instance_key IS NULL ORDER BY created_at, id", rs -> {
            String id = rs.getString(1);
            String instanceId = InstanceIds.of(cipher.openText("submission", "instance_enc", id, rs.getBytes(2)));
            if (instanceId != null) {
                out.add(new Duplicate(id, instanceId));
            }
        });
        return out;
    }
}
