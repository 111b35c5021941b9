package org.unioncat.api.library;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/**
 * The library API on MySQL through Connector/J, against the real MariaDB at 127.0.0.1:3306. The
 * demo library is switched on explicitly: production ({@code mysql}) does not create it.
 */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-libraries-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false",
      "unioncat.demo-library=true"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class LibrariesApiMariaDbIT extends LibrariesApiContract {}
