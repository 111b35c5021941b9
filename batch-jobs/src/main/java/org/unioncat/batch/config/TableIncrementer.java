package org.unioncat.batch.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;

/**
 * Ids for Spring Batch's tables from a one-row table ({@code ID}), on every database: the row is
 * locked by the UPDATE, so two processes never get the same id. Runs on a connection of its own,
 * committed at once, so an id is never handed out twice even if the caller's transaction rolls
 * back (as Spring's MySQL incrementer does).
 */
final class TableIncrementer implements DataFieldMaxValueIncrementer {
  private final DataSource dataSource;
  private final String table;

  TableIncrementer(DataSource dataSource, String table) {
    if (!table.matches("[A-Za-z_]+")) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    this.dataSource = dataSource;
    this.table = table;
  }

  @Override
  public synchronized long nextLongValue() {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET ID = ID + 1");
          PreparedStatement get = c.prepareStatement("SELECT ID FROM " + table)) {
        up.executeUpdate();
        long id;
        try (ResultSet rs = get.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        c.commit();
        return id;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("could not take the next id from " + table, e);
    }
  }

  @Override
  public int nextIntValue() {
    return Math.toIntExact(nextLongValue());
  }

  @Override
  public String nextStringValue() {
    return Long.toString(nextLongValue());
  }
}
