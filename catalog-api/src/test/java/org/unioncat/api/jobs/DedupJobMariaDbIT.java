package org.unioncat.api.jobs;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;

/** The nightly job on MySQL through Connector/J, against the real MariaDB. */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "unioncat.home=target/it-home-job-mariadb",
      "spring.datasource.url=${unioncat.test.mysql.url}?rewriteBatchedStatements=true"
          + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
      "spring.flyway.clean-disabled=false",
      "unioncat.jobs.dedup.chunk=5",
      "unioncat.jobs.dedup.cron=-",
      "unioncat.jobs.stale-after=PT2S"
    })
@ActiveProfiles("mysql")
@Import(CleanDatabaseConfiguration.class)
class DedupJobMariaDbIT extends DedupJobContract {}
