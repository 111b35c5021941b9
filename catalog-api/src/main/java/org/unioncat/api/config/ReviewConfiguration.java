package org.unioncat.api.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.LuceneMergeIndex;
import org.unioncat.dedup.merge.MergeIndex;
import org.unioncat.dedup.merge.ReviewDecisions;
import org.unioncat.dedup.merge.ReviewQueue;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.store.LibraryStore;

/**
 * Wires the plain-Java review components (merge and undo, decisions, queue) to Spring's data
 * source and the service's audit log ({@code CatalogConfiguration}); merges reach the service's
 * one index writer like uploads do.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

  @Bean
  MergeIndex mergeIndex(CatalogIndex index, IndexConfiguration.IndexChanges changes) {
    return new LuceneMergeIndex(index, () -> changes.dirty.set(true));
  }

  @Bean
  ClusterMerger clusterMerger(
      DataSource dataSource, DedupStore store, LibraryStore libraries, JdbcAuditTrail audit,
      MergeIndex index) {
    return new ClusterMerger(dataSource, store, libraries, audit, index);
  }

  @Bean
  ReviewDecisions reviewDecisions(DataSource dataSource, DedupStore store, JdbcAuditTrail audit) {
    return new ReviewDecisions(dataSource, store, audit);
  }

  @Bean
  ReviewQueue reviewQueue(DataSource dataSource, DedupStore store) {
    return new ReviewQueue(dataSource, store);
  }
}
