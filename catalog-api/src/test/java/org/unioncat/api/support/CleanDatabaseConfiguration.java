package org.unioncat.api.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Tests start from an empty catalog: wipe the schema, then run the migrations. */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseConfiguration {
  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
