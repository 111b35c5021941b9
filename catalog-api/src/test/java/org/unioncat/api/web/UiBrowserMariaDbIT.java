package org.unioncat.api.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The same browser flows on MySQL through Connector/J, against the real MariaDB. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/ui-it-home-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false",
      "unioncat.demo-library=false"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class UiBrowserMariaDbIT extends UiBrowserContract {}
