package org.unioncat.api.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.load.AsyncCatalogIndexer;
import org.unioncat.ingest.load.LuceneIndexer;

/**
 * The Lucene index under {@code UNIONCAT_HOME/index}, fed by the loader after each committed
 * chunk. Near-real-time: a refresher makes new records searchable every
 * {@code unioncat.index.refresh-ms} (default 500 ms) when something changed — cheaper than a
 * refresh per chunk, and within the one-second promise — and commits every 30 s and at shutdown.
 */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {
  private static final Logger log = LoggerFactory.getLogger(IndexConfiguration.class);

  @Bean(destroyMethod = "close")
  CatalogIndex catalogIndex(UnionCatHome home) {
    return CatalogIndex.open(home.index());
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService indexRefresher(
      CatalogIndex index,
      IndexChanges changes,
      @Value("${unioncat.index.refresh-ms:500}") long refreshMs) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresher");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            if (changes.dirty.getAndSet(false)) {
              index.refresh();
              changes.uncommitted.set(true);
            }
          } catch (RuntimeException e) {
            log.warn("Refreshing the catalog index failed: {}", e.getMessage());
          }
        },
        refreshMs,
        refreshMs,
        TimeUnit.MILLISECONDS);
    scheduler.scheduleWithFixedDelay(
        () -> {
          try {
            if (changes.uncommitted.getAndSet(false)) {
              index.commit();
            }
          } catch (RuntimeException e) {
            log.warn("Committing the catalog index failed: {}", e.getMessage());
          }
        },
        30,
        30,
        TimeUnit.SECONDS);
    return scheduler;
  }

  @Bean
  IndexChanges indexChanges() {
    return new IndexChanges();
  }

  /** Indexing runs beside the database writes, on its own thread (see AsyncCatalogIndexer). */
  @Bean(destroyMethod = "close")
  AsyncCatalogIndexer catalogIndexer(CatalogIndex index, IndexChanges changes) {
    return new AsyncCatalogIndexer(new LuceneIndexer(index, () -> changes.dirty.set(true)), 4);
  }

  /** Whether the index has changes not yet searchable / not yet committed. */
  static final class IndexChanges {
    final AtomicBoolean dirty = new AtomicBoolean();
    final AtomicBoolean uncommitted = new AtomicBoolean();
  }
}
