package org.unioncat.api.review;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The review API on the embedded default (H2 in MySQL mode), a fresh home (index) per run. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-review-h2-${random.uuid}",
      "spring.datasource.url=jdbc:h2:mem:review;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false"
    })
@Import(CleanDatabaseConfiguration.class)
class ReviewApiH2IT extends ReviewApiContract {}
