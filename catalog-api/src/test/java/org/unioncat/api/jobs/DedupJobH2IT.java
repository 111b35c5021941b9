package org.unioncat.api.jobs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The nightly job on the embedded default (H2 in MySQL mode). */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-job-h2",
      "spring.datasource.url=jdbc:h2:mem:jobs;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false",
      "unioncat.jobs.dedup.chunk=5",
      "unioncat.jobs.dedup.cron=-",
      "unioncat.jobs.stale-after=PT2S"
    })
@Import(CleanDatabaseConfiguration.class)
class DedupJobH2IT extends DedupJobContract {}
