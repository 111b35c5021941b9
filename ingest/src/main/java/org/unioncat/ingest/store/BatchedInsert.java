package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes {@link NewRows} with one JDBC batch of INSERTs (Connector/J rewrites it into multi-row
 * INSERTs when the URL says {@code rewriteBatchedStatements=true}). Works on every database; the
 * path for H2 and for MySQL connections that do not allow {@code LOAD DATA LOCAL}.
 */
final class BatchedInsert {
  private BatchedInsert() {}

  static void write(Connection c, NewRows rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.columns().size();
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < n; i++) {
      marks.append(i == 0 ? "?" : ", ?");
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO " + rows.table() + " (" + rows.columnList() + ") VALUES (" + marks + ")")) {
      for (Object[] row : rows.rows()) {
        for (int i = 0; i < n; i++) {
          bind(ps, i + 1, row[i], rows.columns().get(i).sqlType());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, int i, Object value, int sqlType)
      throws SQLException {
    if (value == null) {
      ps.setNull(i, sqlType);
    } else if (value instanceof Long l) {
      ps.setLong(i, l);
    } else if (value instanceof String s) {
      ps.setString(i, s);
    } else if (value instanceof NewRows.Utf8 u) {
      ps.setString(i, u.toString());
    } else if (value instanceof byte[] b) {
      ps.setBytes(i, b);
    } else {
      throw new IllegalArgumentException("unsupported column value " + value.getClass());
    }
  }
}
