package org.unioncat.api.web.center;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.dedup.store.DedupStore;

/** The decisions behind the cluster page; a merge service's own bean takes precedence. */
@Configuration(proxyBeanMethods = false)
class CenterConfiguration {

  @Bean
  @ConditionalOnMissingBean(ClusterDecisions.class)
  ClusterDecisions clusterDecisions(DedupStore store) {
    return new DetectorDecisions(store);
  }
}
