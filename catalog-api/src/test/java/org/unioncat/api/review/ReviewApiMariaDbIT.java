package org.unioncat.api.review;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The review API on MySQL through Connector/J, against the real MariaDB. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-review-mariadb-${random.uuid}",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class ReviewApiMariaDbIT extends ReviewApiContract {}
