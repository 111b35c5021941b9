package org.unioncat.ingest.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The two databases the store is tested on: the real MariaDB at 127.0.0.1:3306 (database
 * {@code test}, as on every development and CI machine) and H2 in MySQL mode (the embedded
 * default). Each {@link #fresh} call wipes the schema and runs the Flyway migrations, so a test
 * starts from the same empty catalog on both.
 */
public final class TestDatabases {
  public static final String MARIADB_URL =
      System.getProperty("unioncat.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/test")
          + "?rewriteBatchedStatements=true&characterEncoding=UTF-8&useSSL=false"
          + "&allowPublicKeyRetrieval=true";

  /**
   * MariaDB with {@code LOAD DATA LOCAL} allowed: the store then writes new rows with the bulk
   * path ({@code LoadDataInsert}) instead of batched INSERTs.
   */
  public static final String MARIADB_LOAD_DATA_URL = MARIADB_URL + "&allowLoadLocalInfile=true";

  private TestDatabases() {}

  /** Names for parameterized tests. */
  public static List<String> names() {
    return List.of("mariadb", "h2");
  }

  /** {@link #names()} plus MariaDB through the LOAD DATA path, for tests of the loading pipeline. */
  public static List<String> namesWithLoadData() {
    return List.of("mariadb", "mariadb-load-data", "h2");
  }

  /** An empty, migrated catalog on the named database. */
  public static DataSource fresh(String name) {
    DataSource ds =
        name.equals("h2")
            ? new SimpleDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE"
                    + ";DB_CLOSE_DELAY=-1",
                "sa",
                "")
            : new SimpleDataSource(
                name.equals("mariadb-load-data") ? MARIADB_LOAD_DATA_URL : MARIADB_URL, "root", "");
    Flyway flyway =
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    return ds;
  }

  /** A DriverManager-backed DataSource: enough for tests, no pool. */
  public static final class SimpleDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;

    public SimpleDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
      return DriverManager.getConnection(url, u, p);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
