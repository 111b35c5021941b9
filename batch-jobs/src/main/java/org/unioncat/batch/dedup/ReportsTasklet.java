package org.unioncat.batch.dedup;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.unioncat.batch.report.LibraryReportWriter;

/**
 * Step 4: the per-library correction reports of this run, by the {@link LibraryReportWriter}
 * (in an incremental run, the reports of libraries with nothing changed are carried over).
 * The writer is idempotent per (run, library) — it replaces a library's report in one
 * transaction — so a restart after a crash here writes each report again, never twice.
 */
final class ReportsTasklet implements Tasklet {
  private final DedupJobStore store;
  private final LibraryReportWriter writer;
  private final JobFaults faults;
  private final JobProgress progress;
  private final JobRepository jobRepository;

  ReportsTasklet(
      DedupJobStore store, LibraryReportWriter writer, JobFaults faults, JobProgress progress,
      JobRepository jobRepository) {
    this.jobRepository = jobRepository;
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
    // An incremental run carries the reports of libraries with nothing changed over from the
    // previous run; a full run builds every report again (the safety net if anything is off).
    String mode = jobRepository.getLastStepExecution(
            step.getJobExecution().getJobInstance(), JobKeys.STEP_CANDIDATES)
        .getExecutionContext().getString(JobKeys.MODE);
    StepPhases phases = new StepPhases(JobKeys.STEP_REPORTS);
    long[] libraries = {0};
    int built = writer.writeReports(run.runId(), "incremental".equals(mode), (phase, done,
        total) -> {
      libraries[0] = total;
      progress.report(executionId, JobKeys.STEP_REPORTS, done, total);
      if (done > 0) {
        faults.check(JobKeys.STEP_REPORTS, 1); // a library's report is written
      }
    });
    phases.done("reports of " + libraries[0] + " libraries written, " + built + " built");
    // Read: the libraries; written: the reports built (the others were carried over).
    step.setReadCount(libraries[0]);
    contribution.incrementWriteCount(built >= 0 ? built : libraries[0]);
    return RepeatStatus.FINISHED;
  }
}
