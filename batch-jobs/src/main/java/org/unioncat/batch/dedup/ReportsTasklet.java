package org.unioncat.batch.dedup;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.unioncat.batch.report.LibraryReportWriter;

/**
 * Step 4: the per-library correction reports of this run, by the {@link LibraryReportWriter}.
 * The writer is idempotent per (run, library) — it replaces a library's report in one
 * transaction — so a restart after a crash here writes each report again, never twice.
 */
final class ReportsTasklet implements Tasklet {
  private final DedupJobStore store;
  private final LibraryReportWriter writer;
  private final JobFaults faults;
  private final JobProgress progress;

  ReportsTasklet(
      DedupJobStore store, LibraryReportWriter writer, JobFaults faults, JobProgress progress) {
    this.store = store;
    this.writer = writer;
    this.faults = faults;
    this.progress = progress;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    StepExecution step = chunkContext.getStepContext().getStepExecution();
    long instance = JobKeys.instanceId(step);
    long executionId = step.getJobExecutionId();
    var run = store.runOf(instance)
        .filter(r -> "DONE".equals(r.status()))
        .orElseThrow(() -> new IllegalStateException(
            "job instance " + instance + " has no stored run to report on"));
    writer.writeReports(run.runId(), (phase, done, total) -> {
      progress.report(executionId, JobKeys.STEP_REPORTS, done, total);
      if (done > 0) {
        faults.check(JobKeys.STEP_REPORTS, 1); // a library's report is written
      }
    });
    return RepeatStatus.FINISHED;
  }
}
