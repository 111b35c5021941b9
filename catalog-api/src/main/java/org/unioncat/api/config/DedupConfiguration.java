package org.unioncat.api.config;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.unioncat.batch.dedup.DedupJobConfiguration;
import org.unioncat.dedup.compare.RecordComparator;
import org.unioncat.dedup.run.DedupConfig;
import org.unioncat.dedup.run.Deduplicator;
import org.unioncat.dedup.store.CatalogDedupRecords;
import org.unioncat.dedup.store.CatalogDeduplication;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.store.CatalogQueries;

/**
 * Wires the plain-Java duplicate detector and its store to Spring's data source, and imports the
 * nightly job (batch-jobs) that runs it.
 */
@Configuration(proxyBeanMethods = false)
@Import(DedupJobConfiguration.class)
class DedupConfiguration {

  @Bean
  DedupStore dedupStore(DataSource dataSource) {
    return new DedupStore(dataSource);
  }

  @Bean
  CatalogDedupRecords catalogDedupRecords(CatalogQueries queries) {
    return new CatalogDedupRecords(queries);
  }

  /** The comparator with the default match rules: the detector and {@code explain} share it. */
  @Bean
  RecordComparator recordComparator() {
    return new RecordComparator();
  }

  @Bean
  Deduplicator deduplicator(
      RecordComparator comparator, @Value("${unioncat.dedup.threads:0}") int threads) {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    return new Deduplicator(comparator, DedupConfig.defaults().withThreads(n));
  }

  @Bean
  CatalogDeduplication catalogDeduplication(
      CatalogDedupRecords records, DedupStore store, Deduplicator deduplicator) {
    return new CatalogDeduplication(records, store, deduplicator);
  }
}
