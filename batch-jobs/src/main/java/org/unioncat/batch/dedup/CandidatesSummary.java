package org.unioncat.batch.dedup;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.unioncat.dedup.run.Blocking;

/**
 * The numbers the first two steps of a run keep in their execution contexts (zeros before they
 * have run).
 */
public record CandidatesSummary(
    String mode, long changedRecords, long candidatePairs, long pairsToScore, long pairsReused) {

  public static CandidatesSummary of(JobRepository repository, JobInstance instance) {
    StepExecution changes = repository.getLastStepExecution(instance, JobKeys.STEP_CHANGES);
    StepExecution candidates = repository.getLastStepExecution(instance, JobKeys.STEP_CANDIDATES);
    ExecutionContext ch = changes == null ? new ExecutionContext() : changes.getExecutionContext();
    ExecutionContext ca =
        candidates == null ? new ExecutionContext() : candidates.getExecutionContext();
    String mode = ca.containsKey(JobKeys.MODE) ? ca.getString(JobKeys.MODE)
        : ch.containsKey(JobKeys.MODE) ? ch.getString(JobKeys.MODE) : null;
    long pairs = 0;
    if (ca.containsKey(JobKeys.BLOCKING)) {
      pairs = CandidatesTasklet.JSON.readValue(ca.getString(JobKeys.BLOCKING), Blocking.class)
          .candidatePairs();
    }
    return new CandidatesSummary(mode,
        ch.containsKey(JobKeys.CHANGED) ? ch.getLong(JobKeys.CHANGED) : 0, pairs,
        ca.containsKey(JobKeys.PAIRS_TO_SCORE) ? ca.getLong(JobKeys.PAIRS_TO_SCORE) : 0,
        ca.containsKey(JobKeys.PAIRS_REUSED) ? ca.getLong(JobKeys.PAIRS_REUSED) : 0);
  }
}
