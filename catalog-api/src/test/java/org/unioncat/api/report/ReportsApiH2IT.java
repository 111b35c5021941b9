package org.unioncat.api.report;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The report API on the embedded default (H2 in MySQL mode). */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-reports-h2",
      "spring.datasource.url=jdbc:h2:mem:reports;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false"
    })
@Import(CleanDatabaseConfiguration.class)
class ReportsApiH2IT extends ReportsApiContract {}
