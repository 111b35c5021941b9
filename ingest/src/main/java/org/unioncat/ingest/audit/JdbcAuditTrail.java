package org.unioncat.ingest.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.unioncat.audit.AuditEvent;
import org.unioncat.audit.AuditTrail;
import org.unioncat.ingest.store.StoreException;

/**
 * The audit log in the catalog database (table {@code audit_log}). Entries are only ever added;
 * ids order them (timestamps may lose their fractions on MariaDB through Connector/J).
 *
 * <p>Thread-safe: a connection per call, or the caller's.
 */
public final class JdbcAuditTrail implements AuditTrail {
  private static final String INSERT =
      "INSERT INTO audit_log (occurred_at, actor, action, target, library_code, detail)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  public JdbcAuditTrail(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void record(Connection connection, AuditEvent event) {
    try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, truncate(event.actor(), 100));
      ps.setString(3, truncate(event.action(), 40));
      ps.setString(4, truncate(event.target(), 200));
      ps.setString(5, event.library());
      ps.setString(6, event.detail());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("writing the audit log", e);
    }
  }

  @Override
  public void record(AuditEvent event) {
    try (Connection c = dataSource.getConnection()) {
      record(c, event);
    } catch (SQLException e) {
      throw new StoreException("writing the audit log", e);
    }
  }

  /** The newest entries first, at most {@code limit}, optionally only those about one target. */
  public List<AuditEntry> recent(String target, int limit) {
    String sql =
        "SELECT id, occurred_at, actor, action, target, library_code, detail FROM audit_log"
            + (target == null ? "" : " WHERE target = ?")
            + " ORDER BY id DESC LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (target != null) {
        ps.setString(i++, target);
      }
      ps.setInt(i, limit);
      List<AuditEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEntry(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  new AuditEvent(
                      rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                      rs.getString(7))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the audit log", e);
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
