package org.unioncat.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One JDBC transaction around a piece of work: the stores' shared way to write atomically. */
public final class Transactions {
  private Transactions() {}

  /** Work on a connection inside the transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} on a connection of {@code dataSource} in one transaction: committed after
   * it, rolled back if it throws (the connection's auto-commit is restored either way).
   *
   * @param what what is being done, for the {@link StoreException} a database error becomes
   */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }
}
