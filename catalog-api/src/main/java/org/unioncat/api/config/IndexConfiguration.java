package org.unioncat.api.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.ingest.load.CatalogIndexer;

/** The search index the loader feeds. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

  @Bean
  CatalogIndexer catalogIndexer() {
    return CatalogIndexer.NONE;
  }
}
