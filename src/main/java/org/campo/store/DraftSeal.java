package org.campo.store;

import org.campo.crypto.FieldCipher;

/**
 * An authenticated record of which drafts the study holds: a keyed hash under the data key of
 * their count and ids, in setting {@code drafts.seal}, rewritten in the transaction that adds a
 * draft, finalizes or reopens one, or deletes one (never on an answer: a draft rewritten in place
 * stays a draft). Final submissions are sealed in the audit chain; drafts are not, so without this
 * record a draft deleted behind Campo's back would not be noticed. {@code study check --with-key}
 * recomputes it.
 */
public final class DraftSeal {
    static final String SETTING = "drafts.seal";
    private static final String SINCE = "drafts.sealed";
    private static final String PURPOSE = "drafts";

    private DraftSeal() {
    }

    /** Rewrites the record from the drafts stored now (in the caller's transaction). */
    public static void refresh(Database db, FieldCipher cipher) {
        db.update("INSERT INTO setting(name, value) VALUES (?,?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                SETTING, compute(db, cipher));
    }

    /**
     * Seals the drafts of a file from before this record existed, once: afterwards a missing record
     * counts as a change. Runs at unlock and at creation.
     */
    public static void sealOnce(Database db, FieldCipher cipher) {
        if (db.queryOne("SELECT count(*) FROM setting WHERE name = ?", rs -> rs.getLong(1), SINCE) > 0) {
            return;
        }
        refresh(db, cipher);
        db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", SINCE);
    }

    /** Whether the drafts stored now are those the record names (false when the record is missing). */
    public static boolean matches(Database db, FieldCipher cipher) {
        String stored = db.queryOne("SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), SETTING);
        return stored != null && stored.equals(compute(db, cipher));
    }

    private static String compute(Database db, FieldCipher cipher) {
        StringBuilder ids = new StringBuilder();
        long[] count = {0};
        db.forEach("SELECT id FROM submission WHERE status = 'draft' ORDER BY id", rs -> {
            ids.append(rs.getString(1)).append('|');
            count[0]++;
        });
        return cipher.keyedHash(PURPOSE, count[0] + "|" + ids);
    }
}
