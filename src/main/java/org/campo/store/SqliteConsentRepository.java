package org.campo.store;
import org.campo.model.WithdrawalRow;
import org.campo.model.ConsentScriptRow;
import org.campo.model.ConsentRow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.crypto.FieldCipher;

/**
 * Consent scripts, consent events and withdrawals. There is deliberately no update or delete
 * for any of them: a consent record is evidence, and the audit chain seals each row.
 *
 * <p>Scripts are clear (IRB reviewers read them). A consent keeps in clear only its ids, date,
 * site and member; its mode, decisions, minor status, guardian consent and assent are sealed to
 * the row in {@code details_enc}. A withdrawal keeps its ids and member; the participant code,
 * date and scope are sealed in {@code details_enc}. Rows from before sealed metadata (no
 * {@code details_enc}) are read from their clear columns until the unlock that converts them.
 */
public final class SqliteConsentRepository implements ConsentRepository {
    private final Database db;
    private final FieldCipher cipher;

    public SqliteConsentRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    // --- scripts -------------------------------------------------------------------------

    @Override
    public void addScript(ConsentScriptRow s) {
        db.update("INSERT INTO consent_script(id, script_key, version, language, title, body, sha256, permissions, "
                        + "created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                s.id(), s.scriptKey(), s.version(), s.language(), s.title(), s.body(), s.sha256(),
                String.join(",", s.permissions()), s.createdAt().toString());
    }

    @Override
    public Optional<ConsentScriptRow> findScript(String id) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM consent_script WHERE id = ?", SqliteConsentRepository::script, id));
    }

    /** The newest version of a script in one language. */
    @Override
    public Optional<ConsentScriptRow> latestScript(String scriptKey, String language) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM consent_script WHERE script_key = ? AND language = ? "
                + "ORDER BY version DESC LIMIT 1", SqliteConsentRepository::script, scriptKey, language));
    }

    /** The highest version of a script in any language (0 when there is none). */
    @Override
    public int highestVersion(String scriptKey) {
        Integer v = db.queryOne("SELECT max(version) FROM consent_script WHERE script_key = ?",
                rs -> rs.getObject(1) == null ? 0 : rs.getInt(1), scriptKey);
        return v == null ? 0 : v;
    }

    @Override
    public boolean scriptExists(String scriptKey, int version, String language) {
        return db.queryOne("SELECT count(*) FROM consent_script WHERE script_key = ? AND version = ? AND language = ?",
                rs -> rs.getInt(1), scriptKey, version, language) > 0;
    }

    @Override
    public List<ConsentScriptRow> scripts() {
        return db.query("SELECT * FROM consent_script ORDER BY script_key, version, language", SqliteConsentRepository::script);
    }

    private static ConsentScriptRow script(ResultSet rs) throws SQLException {
        String perms = rs.getString("permissions");
        return new ConsentScriptRow(rs.getString("id"), rs.getString("script_key"), rs.getInt("version"),
                rs.getString("language"), rs.getString("title"), rs.getString("body"), rs.getString("sha256"),
                perms.isEmpty() ? List.of() : Arrays.asList(perms.split(",")), Instant.parse(rs.getString("created_at")));
    }

    // --- consent events ------------------------------------------------------------------

    @Override
    public void addConsent(ConsentRow c) {
        db.update("INSERT INTO consent(id, participant_id, script_id, obtained_at, site_code, member_id, "
                        + "attestation_enc, witness_enc, details_enc) VALUES (?,?,?,?,?,?,?,?,?)",
                c.id(), c.participantId(), c.scriptId(), c.obtainedAt().toString(), c.siteCode(), c.memberId(),
                cipher.sealText("consent", "attestation_enc", c.id(), c.attestation()),
                cipher.sealText("consent", "witness_enc", c.id(), c.witness()), sealConsentDetails(cipher, c.id(),
                        c.mode(), encodeDecisions(c.decisions()), c.minor(), c.guardianConsent(), c.assent()));
    }

    /** A participant's consent events, oldest first. */
    @Override
    public List<ConsentRow> consentsOf(String participantId) {
        return db.query("SELECT * FROM consent WHERE participant_id = ? ORDER BY obtained_at, id", this::consent,
                participantId);
    }

    @Override
    public List<ConsentRow> consents() {
        return db.query("SELECT * FROM consent ORDER BY obtained_at, id", this::consent);
    }

    static byte[] sealConsentDetails(FieldCipher cipher, String id, String mode, String decisions, boolean minor,
                                     Boolean guardianConsent, Boolean assent) {
        return cipher.sealText("consent", "details_enc", id, Fields.join(mode, decisions, minor ? "1" : "0",
                text(guardianConsent), text(assent)));
    }

    private static String text(Boolean b) {
        return b == null ? null : b ? "1" : "0";
    }

    private static Boolean bool(String s) {
        return s == null ? null : "1".equals(s);
    }

    private ConsentRow consent(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        byte[] sealed = rs.getBytes("details_enc");
        String mode;
        String decisions;
        boolean minor;
        Boolean guardian;
        Boolean assent;
        if (sealed != null) {
            List<String> f = Fields.split(cipher.openText("consent", "details_enc", id, sealed));
            mode = f.get(0);
            decisions = f.get(1);
            minor = "1".equals(f.get(2));
            guardian = bool(f.get(3));
            assent = bool(f.get(4));
        } else {
            mode = rs.getString("mode");
            decisions = rs.getString("decisions");
            minor = rs.getInt("minor") == 1;
            guardian = flag(rs, "guardian_consent");
            assent = flag(rs, "assent");
        }
        return new ConsentRow(id, rs.getString("participant_id"), rs.getString("script_id"), mode,
                decodeDecisions(decisions), Instant.parse(rs.getString("obtained_at")),
                rs.getString("site_code"), rs.getString("member_id"), minor, guardian, assent,
                cipher.openText("consent", "attestation_enc", id, rs.getBytes("attestation_enc")),
                cipher.openText("consent", "witness_enc", id, rs.getBytes("witness_enc")));
    }

    static String encodeDecisions(Map<String, Boolean> decisions) {
        StringBuilder sb = new StringBuilder();
        decisions.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ",").append(k).append('=').append(v ? 1 : 0));
        return sb.toString();
    }

    static Map<String, Boolean> decodeDecisions(String text) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String part : text.split(",")) {
                int eq = part.indexOf('=');
                out.put(part.substring(0, eq), "1".equals(part.substring(eq + 1)));
            }
        }
        return out;
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).intValue() == 1;
    }

    // --- withdrawals ---------------------------------------------------------------------

    @Override
    public void addWithdrawal(WithdrawalRow w) {
        db.update("INSERT INTO withdrawal(id, participant_id, member_id, reason_enc, details_enc) VALUES (?,?,?,?,?)",
                w.id(), w.participantId(), w.memberId(), cipher.sealText("withdrawal", "reason_enc", w.id(), w.reason()),
                sealWithdrawalDetails(cipher, w.id(), w.participantCode(), w.withdrawnAt().toString(), w.scope()));
    }

    @Override
    public List<WithdrawalRow> withdrawals() {
        List<WithdrawalRow> rows = new java.util.ArrayList<>(db.query("SELECT * FROM withdrawal", this::withdrawal));
        rows.sort(java.util.Comparator.comparing(WithdrawalRow::withdrawnAt).thenComparing(WithdrawalRow::id));
        return rows;
    }

    @Override
    public Optional<WithdrawalRow> withdrawalOf(String participantId) {
        return db.query("SELECT * FROM withdrawal WHERE participant_id = ?", this::withdrawal, participantId).stream()
                .min(java.util.Comparator.comparing(WithdrawalRow::withdrawnAt));
    }

    static byte[] sealWithdrawalDetails(FieldCipher cipher, String id, String participantCode, String withdrawnAt,
                                        String scope) {
        return cipher.sealText("withdrawal", "details_enc", id, Fields.join(participantCode, withdrawnAt, scope));
    }

    private WithdrawalRow withdrawal(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        byte[] sealed = rs.getBytes("details_enc");
        List<String> f = sealed != null ? Fields.split(cipher.openText("withdrawal", "details_enc", id, sealed))
                : java.util.Arrays.asList(rs.getString("participant_code"), rs.getString("withdrawn_at"),
                        rs.getString("scope"));
        return new WithdrawalRow(id, rs.getString("participant_id"), f.get(0), Instant.parse(f.get(1)), f.get(2),
                rs.getString("member_id"),
                cipher.openText("withdrawal", "reason_enc", id, rs.getBytes("reason_enc")));
    }
}
