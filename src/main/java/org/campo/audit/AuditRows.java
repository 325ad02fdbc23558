package org.campo.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

final class AuditRows {
    private AuditRows() {
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), Instant.parse(rs.getString("at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("subject_id"),
                rs.getString("subject_digest"), rs.getString("details"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
