package org.unioncat.batch.report;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases the reports are tested on, as the ingest module's {@code TestDatabases}: the
 * MariaDB named by {@code unioncat.test.mysql.url} and H2 in MySQL mode, each wiped and migrated.
 */
final class ReportTestDatabases {
  static final String MARIADB_URL =
      System.getProperty("unioncat.test.mysql.url", "jdbc:mysql://127.0.0.1:3306/test")
          + "?rewriteBatchedStatements=true&characterEncoding=UTF-8&useSSL=false"
          + "&allowPublicKeyRetrieval=true";

  private ReportTestDatabases() {}

  static List<String> names() {
    return List.of("mariadb", "h2");
  }

  static DataSource fresh(String name) {
    DataSource ds;
    if (name.equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE"
          + ";DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      h2.setPassword("");
      ds = h2;
    } else {
      MysqlDataSource mysql = new MysqlDataSource();
      mysql.setURL(MARIADB_URL);
      mysql.setUser("root");
      mysql.setPassword("");
      ds = mysql;
    }
    Flyway flyway =
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    return ds;
  }
}
