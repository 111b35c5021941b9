package org.unioncat.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.unioncat.api.UnionCatApplication;
import org.unioncat.api.support.CleanDatabaseConfiguration;
import org.unioncat.batch.jobs.DedupJobService;
import org.unioncat.batch.jobs.JobView;

/**
 * The schedule fires by itself: with a cron of every second the service starts runs on its own
 * (an empty catalog: each run completes with no clusters), never two at once.
 */
@SpringBootTest(
    classes = UnionCatApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "unioncat.home=target/it-home-job-schedule",
      "spring.datasource.url=jdbc:h2:mem:jobschedule;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
      "spring.flyway.clean-disabled=false",
      "unioncat.jobs.dedup.cron=* * * * * *",
      "unioncat.jobs.dedup.zone=Asia/Shanghai"
    })
@Import(CleanDatabaseConfiguration.class)
class DedupJobScheduleH2IT {
  @Autowired DedupJobService jobs;

  @Test
  void theCronScheduleStartsRunsByItself() throws Exception {
    List<JobView> runs = List.of();
    for (int i = 0; i < 100 && runs.stream().noneMatch(r -> "COMPLETED".equals(r.status())); i++) {
      Thread.sleep(100);
      runs = jobs.list(10);
    }
    JobView done = runs.stream().filter(r -> "COMPLETED".equals(r.status())).findFirst()
        .orElseThrow(() -> new AssertionError("no scheduled run completed in 10 s"));
    assertThat(done.trigger()).isEqualTo("schedule");
    assertThat(done.mode()).isEqualTo("incremental");
    assertThat(done.statistics().records()).isZero();
    assertThat(done.statistics().clusters()).isZero();
    assertThat(done.statistics().dedupRunId()).isNotNull();
    // Never two at once, however often it fires.
    for (int i = 0; i < 20; i++) {
      assertThat(jobs.list(50).stream().filter(JobView::running).count()).isLessThanOrEqualTo(1);
      Thread.sleep(Duration.ofMillis(100).toMillis());
    }
  }
}
