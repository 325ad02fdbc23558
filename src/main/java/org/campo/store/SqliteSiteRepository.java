package org.campo.store;
import org.campo.model.Site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campo.crypto.FieldCipher;

/**
 * Sites: code in clear, name, coordinates and the retired mark sealed in one encrypted field
 * (rows written before points could be retired have no mark: they are active).
 */
public final class SqliteSiteRepository implements SiteRepository {
    private static final String RETIRED = "retired";
    private final Database db;
    private final FieldCipher cipher;

    public SqliteSiteRepository(Database db, FieldCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    @Override
    public void add(Site site) {
        if (findByCode(site.code()).isPresent()) {
            throw new StoreException("store.duplicateSite", site.code());
        }
        db.inTransaction(() -> {
            db.update("INSERT INTO site(id, code, details_enc, created_at) VALUES (?,?,?,?)",
                    site.id(), site.code(), seal(site), Instant.now().toString());
            TableSeals.refresh(db, cipher, "site"); // the clear code and date, see TableSeals
            return null;
        });
    }

    @Override
    public void update(Site site) {
        db.update("UPDATE site SET details_enc = ? WHERE id = ?", seal(site), site.id());
    }

    @Override
    public Optional<Site> findByCode(String code) {
        return Optional.ofNullable(db.queryOne("SELECT id, code, details_enc FROM site WHERE code = ?", this::map, code));
    }

    @Override
    public List<Site> all() {
        return db.query("SELECT id, code, details_enc FROM site ORDER BY code", this::map);
    }

    private byte[] seal(Site site) {
        String details = site.retired()
                ? Fields.join(site.name(), Fields.num(site.latitude()), Fields.num(site.longitude()), RETIRED)
                : Fields.join(site.name(), Fields.num(site.latitude()), Fields.num(site.longitude()));
        return cipher.sealText("site", "details_enc", site.id(), details);
    }

    private Site map(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<String> f = Fields.split(cipher.openText("site", "details_enc", id, rs.getBytes("details_enc")));
        return new Site(id, rs.getString("code"), f.get(0), Fields.toDouble(f.get(1)), Fields.toDouble(f.get(2)),
                f.size() > 3 && RETIRED.equals(f.get(3)));
    }
}
