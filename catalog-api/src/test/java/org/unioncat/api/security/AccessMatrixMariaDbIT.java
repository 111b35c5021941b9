package org.unioncat.api.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The role × endpoint matrix on MariaDB through Connector/J (the production database). */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-access-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class AccessMatrixMariaDbIT extends AccessMatrixContract {}
