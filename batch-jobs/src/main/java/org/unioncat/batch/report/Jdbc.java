package org.unioncat.batch.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Small JDBC helpers the report classes share. */
final class Jdbc {
  private Jdbc() {}

  /**
   * MySQL/MariaDB (Connector/J) streams a result row by row only with fetch size
   * {@code Integer.MIN_VALUE}; H2 refuses a negative fetch size.
   */
  static boolean isMySql(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }
}
