package org.unioncat.api.web.center;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.dedup.merge.ClusterMerger;
import org.unioncat.dedup.merge.ReviewDecisions;

/**
 * The decisions behind the cluster page, on the review engine the service wires once
 * ({@code org.unioncat.api.config.ReviewConfiguration}) for the pages and the review API alike.
 */
@Configuration(proxyBeanMethods = false)
class CenterConfiguration {

  @Bean
  ClusterDecisions clusterDecisions(ClusterMerger merger, ReviewDecisions decisions) {
    return new EngineDecisions(merger, decisions);
  }
}
