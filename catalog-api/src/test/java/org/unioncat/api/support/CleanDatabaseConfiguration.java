package org.unioncat.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Tests start from an empty catalog: wipe the schema, then run the migrations — and empty the
 * search index of the test's data folder, which outlives the run: documents left by an earlier
 * run under record ids this run does not reuse (LOAD DATA leaves id gaps) would otherwise be
 * found by searches.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanDatabaseConfiguration {
  @Bean
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }

  /** Runs before any bean is made, so before the index is opened. */
  @Bean
  static BeanFactoryPostProcessor emptyTheIndexFolder() {
    return factory -> {
      String home = factory.getBean(Environment.class).getProperty("unioncat.home");
      if (home != null) {
        deleteTree(Path.of(home, "index"));
      }
    };
  }

  private static void deleteTree(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty the test index " + dir, e);
    }
  }
}
