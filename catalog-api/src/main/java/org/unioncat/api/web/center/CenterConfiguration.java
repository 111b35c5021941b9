package org.unioncat.api.web.center;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.audit.AuditTrail;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.LuceneMergeIndex;
import org.unioncat.dedup.merge.ReviewDecisions;
import org.unioncat.dedup.merge.ReviewQueue;
import org.unioncat.dedup.store.DedupStore;
import org.unioncat.ingest.audit.JdbcAuditTrail;
import org.unioncat.ingest.index.CatalogIndex;
import org.unioncat.ingest.store.LibraryStore;

/**
 * Wires the plain-Java review engine (merge, undo, reject, split, keep, queue) for the pages.
 * Each bean steps aside when the service already defines one (the review API wires the same
 * classes), so the pages and the API share one engine.
 */
@Configuration(proxyBeanMethods = false)
class CenterConfiguration {

  @Bean
  @ConditionalOnMissingBean(AuditTrail.class)
  AuditTrail auditTrail(DataSource dataSource) {
    return new JdbcAuditTrail(dataSource);
  }

  /** Merges update the service's one index and make the change searchable at once. */
  @Bean
  @ConditionalOnMissingBean(ClusterMerger.class)
  ClusterMerger clusterMerger(
      DataSource dataSource, DedupStore store, LibraryStore libraries, AuditTrail audit,
      CatalogIndex index) {
    return new ClusterMerger(
        dataSource, store, libraries, audit, new LuceneMergeIndex(index, index::refresh));
  }

  @Bean
  @ConditionalOnMissingBean(ReviewDecisions.class)
  ReviewDecisions reviewDecisions(DataSource dataSource, DedupStore store, AuditTrail audit) {
    return new ReviewDecisions(dataSource, store, audit);
  }

  @Bean
  @ConditionalOnMissingBean(ReviewQueue.class)
  ReviewQueue reviewQueue(DataSource dataSource, DedupStore store) {
    return new ReviewQueue(dataSource, store);
  }

  @Bean
  @ConditionalOnMissingBean(ClusterDecisions.class)
  ClusterDecisions clusterDecisions(ClusterMerger merger, ReviewDecisions decisions) {
    return new EngineDecisions(merger, decisions);
  }
}
