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
        db.update("INSERT INTO consent(id, participant_id, script_id, mode, decisions, obtained_at, site_code, member_id, "
                        + "minor, guardian_consent, assent, attestation_enc, witness_enc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                c.id(), c.participantId(), c.scriptId(), c.mode(), encodeDecisions(c.decisions()),
                c.obtainedAt().toString(), c.siteCode(), c.memberId(), c.minor() ? 1 : 0, flag(c.guardianConsent()),
                flag(c.assent()), cipher.sealText("consent", "attestation_enc", c.id(), c.attestation()),
                cipher.sealText("consent", "witness_enc", c.id(), c.witness()));
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

    private ConsentRow consent(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new ConsentRow(id, rs.getString("participant_id"), rs.getString("script_id"), rs.getString("mode"),
                decodeDecisions(rs.getString("decisions")), Instant.parse(rs.getString("obtained_at")),
                rs.getString("site_code"), rs.getString("member_id"), rs.getInt("minor") == 1,
                flag(rs, "guardian_consent"), flag(rs, "assent"),
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

    private static Integer flag(Boolean b) {
        return b == null ? null : b ? 1 : 0;
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).intValue() == 1;
    }

    // --- withdrawals ---------------------------------------------------------------------

    @Override
    public void addWithdrawal(WithdrawalRow w) {
        db.update("INSERT INTO withdrawal(id, participant_id, participant_code, withdrawn_at, scope, member_id, reason_enc) "
                        + "VALUES (?,?,?,?,?,?,?)",
                w.id(), w.participantId(), w.participantCode(), w.withdrawnAt().toString(), w.scope(), w.memberId(),
                cipher.sealText("withdrawal", "reason_enc", w.id(), w.reason()));
    }

    @Override
    public List<WithdrawalRow> withdrawals() {
        return db.query("SELECT * FROM withdrawal ORDER BY withdrawn_at, id", this::withdrawal);
    }

    @Override
    public Optional<WithdrawalRow> withdrawalOf(String participantId) {
        return Optional.ofNullable(db.queryOne("SELECT * FROM withdrawal WHERE participant_id = ? "
                + "ORDER BY withdrawn_at LIMIT 1", this::withdrawal, participantId));
    }

    private WithdrawalRow withdrawal(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        return new WithdrawalRow(id, rs.getString("participant_id"), rs.getString("participant_code"),
                Instant.parse(rs.getString("withdrawn_at")), rs.getString("scope"), rs.getString("member_id"),
                cipher.openText("withdrawal", "reason_enc", id, rs.getBytes("reason_enc")));
    }
}
