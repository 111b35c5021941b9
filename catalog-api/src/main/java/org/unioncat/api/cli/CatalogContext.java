package org.unioncat.api.cli;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.error.UnionCatException;

/**
 * The catalog opened by a command-line command: the same wiring as the service (database,
 * migrations, index, loader) without the web server or background resumption, closed when the
 * command ends. The command-line tool is the operator's: it works on the catalog directly.
 */
final class CatalogContext implements AutoCloseable {
  private final ConfigurableApplicationContext context;

  private CatalogContext(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static CatalogContext open(DatabaseOption db) {
    List<String> args = new ArrayList<>(db.springArgs());
    args.add("--unioncat.resume-uploads=false");
    // The nightly schedule belongs to the service; a command runs only what it is asked to.
    args.add("--unioncat.jobs.dedup.schedule-enabled=false");
    args.add("--logging.level.root=warn");
    args.add("--logging.level.org.unioncat=warn");
    args.add("--logging.level.org.flywaydb=error");
    // A failure to open the catalog is reported in one line below, not as Spring's stack trace.
    args.add("--logging.level.org.springframework.boot.SpringApplication=off");
    args.add("--logging.level.org.springframework.context=error");
    try {
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(UnionCatApplication.class)
              .web(WebApplicationType.NONE)
              .logStartupInfo(false)
              .run(args.toArray(String[]::new));
      return new CatalogContext(context);
    } catch (RuntimeException e) {
      // Spring wraps our own errors (the index in use, an unreachable database) in its bean
      // creation exceptions: hand the librarian-readable one on.
      Throwable root = e;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof UnionCatException) {
          throw (UnionCatException) t;
        }
        root = t;
      }
      throw new CatalogUnavailableException(root);
    }
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
