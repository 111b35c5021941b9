package org.unioncat.api.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncat.ingest.store.LibraryStore;

/** Wires the plain-Java catalog components to Spring's data source. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

  @Bean
  LibraryStore libraryStore(DataSource dataSource) {
    return new LibraryStore(dataSource);
  }
}
