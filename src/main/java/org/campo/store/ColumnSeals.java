package org.campo.store;

import java.util.ArrayList;
import java.util.List;
import org.campo.crypto.FieldCipher;

/**
 * The seal of a submission's clear columns: a keyed hash under the data key of the columns kept
 * in clear for listing and joining ({@code form_ref}, {@code status}, {@code site_code},
 * {@code created_at}, {@code participant_id}, {@code member_id}) and the row id. Someone who holds
 * the file but not the key can edit those columns but cannot make a matching seal, so the edit is
 * found when the row is read and by the keyed check.
 */
public final class ColumnSeals {
    /** The column that names a broken seal in reports. */
    public static final String COLUMN = "columns_seal";
    private static final String DONE = "submission_seals";
    private static final String PURPOSE = "submission-columns";

    private ColumnSeals() {
    }

    static String of(FieldCipher cipher, String id, String formRef, String status, String siteCode, String createdAt,
                     String participantId, String memberId) {
        StringBuilder b = new StringBuilder();
        for (String v : new String[] {id, formRef, status, siteCode, createdAt, participantId, memberId}) {
            b.append(v == null ? "\u0000" : v.length() + ":" + v).append('|');
        }
        return cipher.keyedHash(PURPOSE, b.toString());
    }

    /** Fails with a sentence naming the row when its clear columns do not match their seal. */
    static void check(FieldCipher cipher, String id, String formRef, String status, String siteCode, String createdAt,
                      String participantId, String memberId, String seal) {
        if (seal == null || !seal.equals(of(cipher, id, formRef, status, siteCode, createdAt, participantId, memberId))) {
            throw new DamagedValueException(null, "store.editedRecord", "submission", id, COLUMN);
        }
    }

    /**
     * Seals the submissions of a file from before seals existed, once: afterwards a missing seal
     * counts as an edit. Runs at unlock (it needs the key). If some rows are sealed already but the
     * mark is gone, nothing is sealed (an unsealed row is then reported, not laundered).
     *
     * @return how many rows were sealed
     */
    public static int sealOlderRows(Database db, FieldCipher cipher) {
        if (db.queryOne("SELECT count(*) FROM setting WHERE name = ?", rs -> rs.getLong(1), DONE) > 0) {
            return 0;
        }
        boolean anySealed = db.queryOne("SELECT count(*) FROM submission WHERE columns_seal IS NOT NULL",
                rs -> rs.getLong(1)) > 0;
        int sealed = 0;
        if (!anySealed) {
            List<String[]> rows = new ArrayList<>();
            db.forEach("SELECT id, form_ref, status, site_code, created_at, participant_id, member_id FROM submission",
                    rs -> rows.add(new String[] {rs.getString(1), of(cipher, rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))}));
            for (String[] row : rows) {
                sealed += db.update("UPDATE submission SET columns_seal = ? WHERE id = ?", row[1], row[0]);
            }
        }
        markSealed(db);
        return sealed;
    }

    /** Records that every submission of this file carries a seal (a new study starts that way). */
    public static void markSealed(Database db) {
        db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", DONE);
    }

    /** Submissions whose clear columns do not match their seal (or that have none). */
    public static List<String> edited(Database db, FieldCipher cipher) {
        List<String> out = new ArrayList<>();
        db.forEach("SELECT id, form_ref, status, site_code, created_at, participant_id, member_id, columns_seal "
                + "FROM submission ORDER BY id", rs -> {
                    String id = rs.getString(1);
                    String seal = rs.getString(8);
                    if (seal == null || !seal.equals(of(cipher, id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)))) {
                        out.add(id);
                    }
                });
        return out;
    }
}
