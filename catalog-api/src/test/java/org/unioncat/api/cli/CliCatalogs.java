package org.unioncat.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Empty catalogs for command-line tests: a fresh data folder and either the embedded H2 in it or
 * the real MariaDB named by {@code unioncat.test.mysql.url}, wiped. The command line reads both
 * from system properties, as an operator's {@code UNIONCAT_HOME} and {@code --db mysql} would.
 */
final class CliCatalogs {
  static final String MARIADB_URL =
      System.getProperty("unioncat.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/test")
          + "?rewriteBatchedStatements=true&characterEncoding=UTF-8&useSSL=false"
          + "&allowPublicKeyRetrieval=true";

  private CliCatalogs() {}

  /**
   * Points the command line at an empty catalog on {@code db} ("h2" or "mariadb"), its data folder
   * under target/ named after {@code purpose}; returns the {@code --db} value to pass.
   */
  static String empty(String db, String purpose) throws Exception {
    Path home = Path.of("target", purpose + "-" + db + "-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(home);
    System.setProperty("unioncat.home", home.toString());
    if (db.equals("h2")) {
      return "embedded";
    }
    System.setProperty("spring.datasource.url", MARIADB_URL);
    Flyway.configure().dataSource(MARIADB_URL, "root", "").locations("classpath:db/migration")
        .cleanDisabled(false).load().clean();
    return "mysql";
  }

  /** The data folder {@link #empty} chose. */
  static Path home() {
    return Path.of(System.getProperty("unioncat.home"));
  }

  /** Forgets the catalog, so the next test starts from none. */
  static void forget() {
    System.clearProperty("unioncat.home");
    System.clearProperty("spring.datasource.url");
  }
}
