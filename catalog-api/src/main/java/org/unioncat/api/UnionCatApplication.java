package org.unioncat.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The UnionCat service: upload, search, records, libraries. Started by {@code unioncat serve}
 * (see {@link org.unioncat.api.cli.ServeCommand}); the command-line tool's other commands do not
 * start it.
 */
@SpringBootApplication
public class UnionCatApplication {

  /** Starts the service with the given Spring arguments (e.g. {@code --server.port=8080}). */
  public static ConfigurableApplicationContext start(String... args) {
    return SpringApplication.run(UnionCatApplication.class, args);
  }
}
