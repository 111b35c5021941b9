package org.unioncat.api.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The report API on MySQL through Connector/J, against the real MariaDB at 127.0.0.1:3306. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-reports-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class ReportsApiMariaDbIT extends ReportsApiContract {}
