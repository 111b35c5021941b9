package org.unioncat.batch.dedup;

import org.springframework.batch.core.step.StepExecution;

/** Names shared by the job's steps and its readers of statistics. */
public final class JobKeys {
  public static final String JOB = "dedupJob";
  public static final String STEP_CHANGES = "changes";
  public static final String STEP_CANDIDATES = "candidates";
  public static final String STEP_SCORE = "score";
  public static final String STEP_SCORE_PART = "scorePartition";
  public static final String STEP_CLUSTER = "cluster";
  public static final String STEP_REPORTS = "reports";

  /** Job parameter: {@code full} or {@code incremental}. */
  public static final String PARAM_MODE = "mode";
  /** Job parameter: who started the run (schedule, api, cli) — not identifying. */
  public static final String PARAM_TRIGGER = "trigger";
  /** Job parameter making each run a new job instance. */
  public static final String PARAM_RUN = "run";

  // Step execution context keys (the numbers the job shows).
  public static final String MODE = "mode";
  public static final String CHANGED = "changedRecords";
  public static final String HIGH_WATER = "highWaterId";
  public static final String CHANGES_AT = "changesAt";
  public static final String INDEX_REBUILT = "indexRebuilt";
  public static final String BLOCKING = "blocking";
  /** The detector's fingerprint ({@code Deduplicator#fingerprint}), in the candidates step. */
  public static final String RULES = "rules";
  public static final String PAIRS_TO_SCORE = "pairsToScore";
  public static final String PAIRS_REUSED = "pairsReused";
  public static final String PART = "part";
  /** Records the candidates step read (the run's record count). */
  public static final String RECORDS = "records";
  /**
   * Cluster step: how many records' part of the result an incremental run computed again
   * (absent when the run clustered everything).
   */
  public static final String AFFECTED = "affectedRecords";

  private JobKeys() {}

  static long instanceId(StepExecution step) {
    return step.getJobExecution().getJobInstance().getInstanceId();
  }
}
