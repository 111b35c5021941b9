package org.unioncat.batch.jobs;

import java.time.Instant;
import java.util.List;

/**
 * One execution of the nightly job as the API and the CLI show it: while it runs and after.
 *
 * @param id the job execution id (what {@code GET /api/jobs/{id}} takes)
 * @param runNumber the job instance: a restarted run keeps its run number
 * @param status STARTING, STARTED, COMPLETED, FAILED, STOPPED, ABANDONED
 * @param mode full or incremental (as asked; the candidates step may fall back to full)
 * @param trigger schedule, api or cli
 * @param restart whether this execution resumed an earlier failed one
 * @param currentStep the step running now, null when not running
 * @param progress units done and in all in the current step, when known
 * @param durationMillis so far while running
 * @param message why it failed, else empty
 */
public record JobView(
    long id,
    long runNumber,
    String status,
    String mode,
    String trigger,
    boolean restart,
    Instant started,
    Instant ended,
    long durationMillis,
    String currentStep,
    Progress progress,
    List<StepView> steps,
    Statistics statistics,
    String message) {

  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }

  /** Units done of total in the current step. */
  public record Progress(String step, long done, long total) {}

  /**
   * A step of the run (the scoring partitions summed into one "score" line).
   *
   * @param read items read: records (changes, cluster), candidate pairs (candidates, score)
   * @param written items written: pairs to score (candidates), pairs scored (score), clusters
   */
  public record StepView(
      String name, String status, long read, long written, long commits, long durationMillis) {}

  /**
   * The run's numbers; zeros until the step producing them has finished.
   *
   * @param dedupRunId the stored run ({@code unioncat clusters}, the reports), null before
   * @param changedRecords records new or changed since the previous run (all, in a full run)
   * @param candidatePairs candidate pairs from blocking, whole catalog
   * @param pairsToScore pairs scored by this run
   * @param pairsReused scores taken over from the previous run (incremental)
   * @param clustersNew clusters whose id the previous run did not have
   * @param clustersChanged clusters with the same id and other members
   * @param clustersClosed previous clusters that no longer exist
   */
  public record Statistics(
      Long dedupRunId,
      String effectiveMode,
      long changedRecords,
      long candidatePairs,
      long pairsToScore,
      long pairsReused,
      long records,
      long clusters,
      long clustersNew,
      long clustersChanged,
      long clustersClosed,
      long findings) {}
}
