package org.unioncat.api.upload;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/**
 * The catalog service on MySQL through Connector/J, against the real MariaDB, with LOAD DATA
 * LOCAL allowed as in the service's default MySQL URL (uploads take the LOAD DATA path, through
 * the connection pool's proxies).
 */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&allowLoadLocalInfile=true&characterEncoding=UTF-8&useSSL=false"
          + "&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false",
      "unioncat.demo-library=true"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class CatalogServiceMariaDbIT extends CatalogServiceContract {}
