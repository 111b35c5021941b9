package org.unioncat.api.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --db embedded|mysql}: which catalog a command works on. Embedded (the default) is H2
 * under UNIONCAT_HOME; mysql takes its URL, user and password from UNIONCAT_DB_URL,
 * UNIONCAT_DB_USER and UNIONCAT_DB_PASSWORD. Setting UNIONCAT_DB_URL alone also selects mysql.
 */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "DB",
      description = "embedded (H2 under UNIONCAT_HOME, the default) or mysql (UNIONCAT_DB_URL).")
  String db;

  boolean mysql() {
    return "mysql".equalsIgnoreCase(db) || (db == null && System.getenv("UNIONCAT_DB_URL") != null);
  }

  /** Spring arguments selecting the database. */
  List<String> springArgs() {
    List<String> args = new ArrayList<>();
    if (mysql()) {
      args.add("--spring.profiles.active=mysql");
    }
    return args;
  }
}
