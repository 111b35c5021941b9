package org.unioncat.api.config;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.load.BatchLoader;
import org.unioncat.ingest.load.CatalogIndexer;
import org.unioncat.ingest.store.BatchStore;
import org.unioncat.ingest.store.CatalogQueries;
import org.unioncat.ingest.store.LibraryStore;

/** Wires the plain-Java catalog components to Spring's data source and settings. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

  @Bean
  UnionCatHome unionCatHome(@Value("${unioncat.home}") String home) {
    return new UnionCatHome(Path.of(home).toAbsolutePath().normalize());
  }

  @Bean
  LibraryStore libraryStore(DataSource dataSource) {
    return new LibraryStore(dataSource);
  }

  /** The audit log (uploads, user changes, merges, decisions). */
  @Bean
  JdbcAuditTrail auditTrail(DataSource dataSource) {
    return new JdbcAuditTrail(dataSource);
  }

  @Bean
  BatchStore batchStore(DataSource dataSource) {
    return new BatchStore(dataSource);
  }

  @Bean
  CatalogQueries catalogQueries(DataSource dataSource) {
    return new CatalogQueries(dataSource);
  }

  @Bean
  BatchLoader batchLoader(
      DataSource dataSource,
      CatalogIndexer indexer,
      @Value("${unioncat.ingest.chunk-size:500}") int chunkSize,
      @Value("${unioncat.ingest.threads:0}") int threads) {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    return new BatchLoader(dataSource, indexer, chunkSize, n);
  }

  /**
   * Runs uploads one (or a few) at a time in the background: each batch already uses every core,
   * so more in parallel would only compete. Waiting batches queue.
   */
  @Bean(destroyMethod = "shutdown")
  ThreadPoolExecutor uploadExecutor(@Value("${unioncat.ingest.concurrent-batches:1}") int batches) {
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            batches,
            batches,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "upload-worker");
              t.setDaemon(true);
              return t;
            });
    return executor;
  }

  /** Exposed as a plain Executor for the upload service. */
  @Bean
  Executor uploads(ThreadPoolExecutor uploadExecutor) {
    return uploadExecutor;
  }
}
