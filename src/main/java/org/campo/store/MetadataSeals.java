package org.campo.store;

import java.util.ArrayList;
import java.util.List;
import org.campo.crypto.FieldCipher;

/**
 * Converts the metadata of a file written before sealed metadata (schema 13): participant codes,
 * member login names, consent modes and decisions, withdrawal codes, dates and scopes move into
 * their sealed columns, and the clear columns keep only what lookups need (a keyed hash, a salted
 * tag) or nothing. Runs once, at unlock (it needs the key), inside the transaction that re-links
 * the audit chain over the converted rows; afterwards a mark records that every row is sealed.
 */
public final class MetadataSeals {
    /** The tables whose rows {@link #convert} rewrites. */
    public static final List<String> TABLES = List.of("participant", "member", "consent", "withdrawal");
    private static final String DONE = "metadata.sealed";

    private MetadataSeals() {
    }

    /** Whether this file's metadata is sealed already (a study created with schema 13 starts so). */
    public static boolean done(Database db) {
        return db.queryOne("SELECT count(*) FROM setting WHERE name = ?", rs -> rs.getLong(1), DONE) > 0;
    }

    /** Records that every row's metadata is sealed. */
    public static void markSealed(Database db) {
        db.update("INSERT OR IGNORE INTO setting(name, value) VALUES (?, '1')", DONE);
    }

    /**
     * Seals the metadata of every row not sealed yet, in the caller's transaction.
     *
     * @return how many rows were converted
     */
    public static int convert(Database db, FieldCipher cipher) {
        int converted = 0;
        List<Object[]> rows = new ArrayList<>();
        db.forEach("SELECT id, code FROM participant WHERE code_enc IS NULL",
                rs -> rows.add(new Object[] {rs.getString(1), rs.getString(2)}));
        for (Object[] r : rows) {
            String id = (String) r[0];
            String code = (String) r[1];
            converted += db.update("UPDATE participant SET code = ?, code_enc = ? WHERE id = ?",
                    SqliteParticipantRepository.codeHash(cipher, code),
                    SqliteParticipantRepository.sealCode(cipher, id, code), id);
        }
        rows.clear();
        SqliteMemberRepository members = new SqliteMemberRepository(db, cipher);
        db.forEach("SELECT id, user_name FROM member WHERE name_enc IS NULL",
                rs -> rows.add(new Object[] {rs.getString(1), rs.getString(2)}));
        for (Object[] r : rows) {
            String id = (String) r[0];
            String name = (String) r[1];
            converted += db.update("UPDATE member SET user_name = ?, name_enc = ? WHERE id = ?", members.tag(name),
                    SqliteMemberRepository.sealName(cipher, id, name), id);
        }
        rows.clear();
        db.forEach("SELECT id, mode, decisions, minor, guardian_consent, assent FROM consent WHERE details_enc IS NULL",
                rs -> rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4),
                        rs.getObject(5), rs.getObject(6)}));
        for (Object[] r : rows) {
            String id = (String) r[0];
            converted += db.update("UPDATE consent SET mode = NULL, decisions = NULL, minor = NULL, "
                            + "guardian_consent = NULL, assent = NULL, details_enc = ? WHERE id = ?",
                    SqliteConsentRepository.sealConsentDetails(cipher, id, (String) r[1], (String) r[2],
                            flag(r[3]) == Boolean.TRUE, flag(r[4]), flag(r[5])), id);
        }
        rows.clear();
        db.forEach("SELECT id, participant_code, withdrawn_at, scope FROM withdrawal WHERE details_enc IS NULL",
                rs -> rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}));
        for (Object[] r : rows) {
            String id = (String) r[0];
            converted += db.update("UPDATE withdrawal SET participant_code = NULL, withdrawn_at = NULL, scope = NULL, "
                            + "details_enc = ? WHERE id = ?",
                    SqliteConsentRepository.sealWithdrawalDetails(cipher, id, (String) r[1], (String) r[2],
                            (String) r[3]), id);
        }
        return converted;
    }

    /**
     * Rows whose clear lookup column no longer matches their sealed value: a participant whose
     * {@code code} is not the keyed hash of its sealed code, a member whose {@code user_name} is not
     * the tag of its sealed name (a hash copied from another row would make a lookup find the wrong
     * one). Each as {table, id, column}.
     */
    public static List<String[]> edited(Database db, FieldCipher cipher) {
        List<String[]> out = new ArrayList<>();
        db.forEach("SELECT id, code, code_enc FROM participant WHERE code_enc IS NOT NULL ORDER BY id", rs -> {
            String id = rs.getString(1);
            try {
                String code = cipher.openText("participant", "code_enc", id, rs.getBytes(3));
                if (!SqliteParticipantRepository.codeHash(cipher, code).equals(rs.getString(2))) {
                    out.add(new String[] {"participant", id, "code"});
                }
            } catch (org.campo.crypto.CryptoException e) {
                // a value that does not open is reported by the walk over every encrypted column
            }
        });
        SqliteMemberRepository members = new SqliteMemberRepository(db, cipher);
        db.forEach("SELECT id, user_name, name_enc FROM member WHERE name_enc IS NOT NULL ORDER BY id", rs -> {
            String id = rs.getString(1);
            try {
                String name = cipher.openText("member", "name_enc", id, rs.getBytes(3));
                if (!members.tag(name).equals(rs.getString(2))) {
                    out.add(new String[] {"member", id, "user_name"});
                }
            } catch (org.campo.crypto.CryptoException e) {
                // reported by the walk over every encrypted column
            }
        });
        return out;
    }

    private static Boolean flag(Object v) {
        return v == null ? null : ((Number) v).intValue() == 1;
    }
}
