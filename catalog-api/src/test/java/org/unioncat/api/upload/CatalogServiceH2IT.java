package org.unioncat.api.upload;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The catalog service on the embedded default (H2 in MySQL mode), home in target/. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-h2",
      "spring.datasource.url=jdbc:h2:mem:service;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false"
    })
@Import(CleanDatabaseConfiguration.class)
class CatalogServiceH2IT extends CatalogServiceContract {}
